# str.split and str.rsplit with an explicit separator and maxsplit, including keywords.
cases = [('a,b,c', ','), ('a,,b,', ','), (',', ','), ('', ','), ('abc', ','), ('a--b--c', '--'),
         ('aaa', 'aa'), ('aaaa', 'aa'), ('a b  c', ' '), ('x::y::z::', '::'), ('éàé', 'à'),
         ('1<>2<>3', '<>'), ('🙂a🙂b🙂', '🙂')]
for s, sep in cases:
    print(repr(s), repr(sep), s.split(sep), s.rsplit(sep))
    for n in (-5, -1, 0, 1, 2, 10):
        print('   ', n, s.split(sep, n), s.rsplit(sep, n))
print('a,b,c'.split(sep=',', maxsplit=1), 'a,b,c'.rsplit(',', maxsplit=1))
print('a b c'.split(maxsplit=1), 'a b c'.rsplit(maxsplit=1))
print('a,b'.split(None), 'a b'.split(sep=None))
print('1,2,3'.split(',', True), '1,2,3'.split(',', False))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a'.split(''))
show(lambda: 'a'.rsplit(''))
show(lambda: 'a'.split('', 0))
show(lambda: 'a'.split(1))
show(lambda: 'a'.split(b','))
show(lambda: 'a'.split(',', 'x'))
show(lambda: 'a'.split(',', 1.0))
show(lambda: 'a'.split(',', 1, 2))
show(lambda: 'a'.split(',', sep=','))
show(lambda: 'a'.split(x=1))
show(lambda: 'a'.rsplit(maxsplit=None))
show(lambda: 'a'.split(',', 10**30))
