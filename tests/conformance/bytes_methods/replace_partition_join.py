# bytes replace/partition/rpartition/join/removeprefix/removesuffix.
for b, old, new in [(b'hello', b'l', b'L'), (b'aaaa', b'aa', b'b'), (b'abc', b'', b'-'), (b'', b'', b'-'),
                    (b'abc', b'x', b'y'), (b'abcabc', b'abc', b'')]:
    print(b, old, new, [b.replace(old, new, n) for n in (-1, 0, 1, 2, 9)])
for b, sep in [(b'k=v', b'='), (b'k=v=w', b'='), (b'none', b'='), (b'=x', b'='), (b'x=', b'=')]:
    print(b, b.partition(sep), b.rpartition(sep))
print(b', '.join([b'a', b'b']), b''.join((b'x', b'y')), b'-'.join([]), b'+'.join(iter([b'1', b'2', b'3'])))
print(b'prefix_x'.removeprefix(b'prefix_'), b'x.txt'.removesuffix(b'.txt'), b'abc'.removeprefix(b'z'), b'aa'.removesuffix(b'a'))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: b'a'.replace('a', b'b'))
show(lambda: b'a'.replace(b'a', 'b'))
show(lambda: b'a'.replace(b'a'))
show(lambda: b'a'.replace(b'a', b'b', 'x'))
show(lambda: b'a'.partition('a'))
show(lambda: b'a'.partition(b''))
show(lambda: b'a'.rpartition())
show(lambda: b','.join(['a']))
show(lambda: b','.join([b'a', 1]))
show(lambda: b','.join(1))
show(lambda: b'a'.removeprefix('a'))
show(lambda: b'a'.removesuffix(1))
