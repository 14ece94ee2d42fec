# bytes and bytearray basics: literals, indexing gives ints, decode, hex, and errors.
b = b'hello'
print(b, b[0], b[-1], b[1:3], len(b), list(b[:2]))
print(bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), b'\x00\xff')
print(b.upper(), b.split(b'l'), b + b' world', b * 2, b'ell' in b, 104 in b)
print(b.decode(), b.hex(), bytes.fromhex('414243'), b'a,b'.split(b','))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba))
print(repr(b"it's"), repr(b'\t\n'), b == 'hello', b == b'hello')
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    b'x' + 'y'
except TypeError as e:
    print('TypeError', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
