# upper/lower/casefold/swapcase/title/capitalize on ASCII text, including digits and punctuation.
samples = ['', 'hello', 'HELLO', 'Hello World', 'hELLO wORLD', "they're bill's friends",
           'a1b2 c3d4', '123abc', 'x-ray_vision', 'UPPER lower MiXeD', '  spaced  out  ',
           "o'neil mc-donald", 'tab\tsep\nline', 'ABC123def!', '_under_score_']
for s in samples:
    print(repr(s))
    print('  upper     ', repr(s.upper()))
    print('  lower     ', repr(s.lower()))
    print('  casefold  ', repr(s.casefold()))
    print('  swapcase  ', repr(s.swapcase()))
    print('  title     ', repr(s.title()))
    print('  capitalize', repr(s.capitalize()))
print('hello'.upper().lower() == 'hello')
print('Straße'.lower(), 'MIXED case'.swapcase().swapcase())
