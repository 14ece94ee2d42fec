# removeprefix/removesuffix remove at most one occurrence, only at the very edge.
for s, a in [('prefix_name', 'prefix_'), ('name', 'prefix_'), ('aaa', 'a'), ('', ''), ('abc', ''),
             ('abc', 'abc'), ('abc', 'abcd'), ('café.txt', 'café'), ('file.tar.gz', '.gz'), ('xx', 'x')]:
    print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))
print([f.removesuffix('.py') for f in ['a.py', 'b.txt', 'c.py.py']])
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a'.removeprefix(1))
show(lambda: 'a'.removesuffix(('a',)))
show(lambda: 'a'.removeprefix())
show(lambda: 'a'.removesuffix('a', 'b'))
show(lambda: 'a'.removeprefix(prefix='a'))
