# expandtabs: columns restart after \n and \r, tab sizes 0, 1, negative and by keyword.
samples = ['a\tb', '\t', 'ab\tc\td', 'abcdefgh\ti', '12345678\t9', 'a\tb\nc\td', 'x\ry\tz', 'é\tx', '🙂\t|',
           '\t\t', 'no tabs', '', 'a\x0bb\tc', 'a\x85\tb']
for s in samples:
    print(repr(s), [s.expandtabs(n) for n in (8, 4, 1, 0, -3)], repr(s.expandtabs(tabsize=3)))
print(repr('name\tage\tcity'.expandtabs(10)))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a\tb'.expandtabs('4'))
show(lambda: 'a\tb'.expandtabs(4.0))
show(lambda: 'a\tb'.expandtabs(1, 2))
show(lambda: 'a\tb'.expandtabs(size=2))
show(lambda: 'a\tb'.expandtabs(10**20))
show(lambda: 'a\tb'.expandtabs(-10**20))
