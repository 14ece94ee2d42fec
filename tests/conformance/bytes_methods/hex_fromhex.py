# bytes.hex with separators and group sizes; bytes.fromhex with whitespace and its error positions.
data = b'\x00\x01\xab\xcd\xef\xff'
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex(' ', -2), data.hex(b'.', 4), data.hex(':', 0))
print(b''.hex(), b''.hex(':'), b'abc'.hex(sep='_', bytes_per_sep=1), b'abcde'.hex('|', 3), b'abcde'.hex('|', -3))
print(bytes.fromhex('00 01 ab CD ef'), bytes.fromhex(''), bytes.fromhex('  4142\t43\n'), b'x'.fromhex('41'))
print(bytes.fromhex(data.hex()) == data, type(bytes.fromhex('41')).__name__)
class MyBytes(bytes):
    pass
print(type(MyBytes.fromhex('4142')).__name__, MyBytes.fromhex('4142'))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: bytes.fromhex('abc'))
show(lambda: bytes.fromhex('zz'))
show(lambda: bytes.fromhex('0g'))
show(lambda: bytes.fromhex('a b'))
show(lambda: bytes.fromhex('é'))
show(lambda: bytes.fromhex('zz é'))
show(lambda: bytes.fromhex(1))
show(lambda: bytes.fromhex(b'41'))
show(lambda: bytes.fromhex())
show(lambda: b'ab'.hex('::'))
show(lambda: b'ab'.hex('é'))
show(lambda: b'ab'.hex(1))
show(lambda: b'ab'.hex(':', 'x'))
show(lambda: b'ab'.hex(':', 2**70))
show(lambda: b'ab'.hex(x=1))
