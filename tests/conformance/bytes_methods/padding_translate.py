# bytes center/ljust/rjust/zfill/expandtabs and translate/maketrans.
for b in [b'', b'a', b'ab', b'abc']:
    print(b, [b.center(w) for w in (0, 4, 5, 6)], b.ljust(4, b'*'), b.rjust(4, b'-'), b.zfill(5))
print(b'-42'.zfill(6), b'+7'.zfill(4), b'42'.zfill(1), b'a\tb\ncd\te'.expandtabs(4), b'\tx'.expandtabs(), b'a\tb'.expandtabs(tabsize=0))
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], b'aabbcc'.translate(table), b'abcabc'.translate(table, b'b'), b'abc'.translate(None, b'ac'))
print(b'hello'.translate(None, delete=b'l'), b'abc'.translate(bytes(range(256))))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: b'a'.center(5, 'x'))
show(lambda: b'a'.center(5, b'xy'))
show(lambda: b'a'.ljust(3, b''))
show(lambda: b'a'.zfill('x'))
show(lambda: b'a'.center())
show(lambda: b'a'.translate(b'x'))
show(lambda: b'a'.translate(1))
show(lambda: b'a'.translate(None, 1))
show(lambda: b'a'.translate(None, b'a', b'x'))
show(lambda: bytes.maketrans(b'a', b'bc'))
show(lambda: bytes.maketrans('a', b'b'))
show(lambda: bytes.maketrans(b'a'))
