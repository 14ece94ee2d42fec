# istitle/isupper/islower look at cased characters only; uncased ones are ignored but break words.
for s in ['Hello', 'Hello World', 'Hello world', 'HELLO', 'hello', 'H', 'h', '1', '1A', 'A1',
          'A1b', 'Ab1C', "O'Neil", "O'neil", 'Hello-World', 'Hello-world', 'ǅungla', 'ǅUngla',
          'Σίσυφος', 'ΣΊΣΥΦΟΣ', 'ᾈ', 'Ab Cd Ef', 'Ab  Cd', 'AB CD', 'aB', 'ⓐⓑ', 'ⒶⒷ',
          '', ' ', '123 456', 'ǈ', 'Ǉ', 'ǉ', 'Straße', 'STRASSE']:
    print(f'{s!r:16} title={s.istitle()!s:5} upper={s.isupper()!s:5} lower={s.islower()!s:5}')
for s in ['hello world', "they're bill's", 'x1y2', 'α-β γ', 'ǆ', 'DŽ', 'ß']:
    t = s.title()
    print(repr(s), repr(t), t.istitle())
