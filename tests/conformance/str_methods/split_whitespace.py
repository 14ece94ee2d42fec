# Splitting on runs of whitespace: leading/trailing runs, maxsplit leaving the rest, Unicode spaces.
samples = ['', ' ', '   ', 'a', ' a ', 'a b', '  a  b  c  ', '\ta\nb\r\nc\x0bd\x0ce',
           'a\x1cb\x1dc\x1ee\x1ff', 'a\u3000b\xa0c\u2003d', 'a\u200bb', 'a\x85b\u2028c\u2029d',
           'one  two\tthree\n', '  lead only', 'trail only  ']
for s in samples:
    print(repr(s), s.split(), s.rsplit())
    for n in (0, 1, 2):
        print('   ', n, s.split(None, n), s.rsplit(None, n))
line = '  GET   /index.html   HTTP/1.1  '
method, rest = line.split(None, 1)
print(repr(method), repr(rest))
path, version = rest.rsplit(None, 1)
print(repr(path), repr(version))
print(' '.join('  many   spaces   here '.split()))
