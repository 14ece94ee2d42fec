# strip/lstrip/rstrip with default whitespace and with a set of characters.
samples = ['', '   ', '  hello  ', '\t\n hello \r\n', 'xxhelloxx', 'hello', '\u3000hi\xa0',
           '\x1chi\x1f', 'www.example.com', '<<<tag>>>', '0012300', 'ééaéé']
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
for s, chars in [('xxhelloxx', 'x'), ('www.example.com', 'cmowz.'), ('<<<tag>>>', '<>'),
                 ('0012300', '0'), ('ééaéé', 'é'), ('abcba', 'ab'), ('abc', ''), ('aaa', 'a'),
                 ('  x  ', None), ('🙂x🙂', '🙂'), ('mississippi', 'ipm')]:
    print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a'.strip(1))
show(lambda: 'a'.lstrip(['a']))
show(lambda: 'a'.rstrip(b'a'))
show(lambda: 'a'.strip('a', 'b'))
show(lambda: 'a'.strip(chars='a'))
show(lambda: str.strip(' a '))
show(lambda: str.strip(5))
show(lambda: str.strip())
