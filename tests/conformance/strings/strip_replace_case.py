# strip family, replace with count, removeprefix/removesuffix and case methods.
s = '  \t hello world \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), '<<a>>'.lstrip('<'), 'abcba'.strip('ab'), 'www.example.com'.strip('cmowz.'))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'))
print('TestCase'.removeprefix('Test'), 'file.py'.removesuffix('.py'), 'abc'.removeprefix('x'))
t = 'hello WORLD and ß'
print(t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold())
print("they're bill's friends".title(), 'o\'neil mcdonald'.capitalize())
print('Straße'.upper(), 'ÉCOLE'.lower())
