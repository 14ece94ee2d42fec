iated("sndhdr")


class TestFormats(unittest.TestCase):
    def test_data(self):
        for filename, expecteraise(
            ('sndhdr.8svx', ('8svx', 0, 1, 0, 8)),
            ('sndhdr.aifc', ('aifc', 44100, 2, 5, 16)),
           matcHÐ‡\
L ('sndhdr.aiff', ('aiff', 44100, ),
            Z#dianStructõre

for*[*{{ZZZc**-{{*{*{ZZ*ZZ**-ccleE#dianStructure

for*[*{{ZZ#dianStructõre

for*[*{{ZZZZZZZ**{{ZX#dianStructure

for*[*{{ZZZZure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{U*{ZZ**[cndn [cZZZZZ**-{{{**-{{*{*{ZZ:ZZ**-{{ZZZ**-{{*{*{ZZZ**[*{{ZZ#dianStructõre

for*[*{{ZZZZZZZ**{{ZZ#dianStructure

for-{{{**-{{*{*{ZZ*ZZ**-{{*{*{ZZ**[cnZZZZ**{{ZZ#dianStructure

for*[*{{ZZZZure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{U*{ZZ**[cndn [cZZZZZ**-{{{**-{{*{*{ZZ:ZZ**-{{ZZZ**-{{*{*{ZZZ**[*{{ZZ#dianStructõre

for*[*{{ZZZZZZZ**{{ZZ#dianStructure

for-{{{**-{{*{*{ZZ*ZZ**-{{*{*{ZZ*nStructure

for*[*{{ZZ#dianStructõre

for*[*{{ZZZZZZZ**{{ZZ#dianStructure

for*[*{{ZZZZure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{U*{ZZ**[cndn [cZZZZZ**-{{{**-{{*{*{ZZ:ZZ**-{{ZZZ**-{{*{*{ZZZ**[*{{ZZ#dia:Structõre

for*[*{{ZZZZZZZ**{{ZZ#dianStructure

for-{{{**-{{*{*{ZZ*ZZ**-{{*{*{ZZ**[cnZZZZ**{{ZZ#dianStructure

for*[*{{ZZZZure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{U*{ZZ**[cndn [cZZZZZ**-{{{('ickle.loadst_data(self):
        for filename, expecteraise(
         **-{{*{*{ZZ:ZZ**-{{ZZZ**-{{*{*{ZZZ**[*{{ZZ#dianStructõre

for*[*{{ZZZZZZZ**{{ZZ#dianStructure

for-{{{*   (s(dump), what*)


_if _name__ -{{*{*{ZZ*== '__main_ZZ**-{{*{*{ZZ**[cndn [c_sh_':
    unittest.main()oin{.
0