# bytes split/rsplit/splitlines/strip: separators, maxsplit, ASCII-only whitespace.
for b in [b'a,b,,c', b'', b',', b'no sep', b'a,b,c,']:
    print(b, b.split(b','), b.rsplit(b','), b.split(b',', 1), b.rsplit(b',', 1), b.split(b',', 0))
for b in [b'  a  b  c  ', b'', b'   ', b'\ta\nb\r\x0bc\x0cd', b'a\x1cb', b'a\xa0b', b'x\x85y']:
    print(b, b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=0))
print(b'aaa'.split(b'aa'), b'aaa'.rsplit(b'aa'), b'a--b--c'.split(b'--', maxsplit=1))
for b in [b'one\ntwo', b'one\r\ntwo\rthree\n', b'', b'\n', b'a\x0bb\x0cc\x1cd', b'a\x85b']:
    print(b, b.splitlines(), b.splitlines(True), b.splitlines(keepends=True))
for b in [b'  hi  ', b'\t\nhi\r\x0b\x0c', b'xxhixx', b'\x1chi\x1c', b'\xa0hi\xa0', b'']:
    print(b, b.strip(), b.lstrip(), b.rstrip(), b.strip(b'x'), b.strip(None), b.rstrip(b'ix'))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: b'a'.split('a'))
show(lambda: b'a'.split(1))
show(lambda: b'a'.split(b''))
show(lambda: b'a'.rsplit(b''))
show(lambda: b'a'.split(x=1))
show(lambda: b'a'.split(maxsplit='x'))
show(lambda: b'a'.strip('a'))
show(lambda: b'a'.lstrip(1))
show(lambda: b'a'.strip(b'a', b'b'))
show(lambda: b'a'.splitlines(1, 2))
