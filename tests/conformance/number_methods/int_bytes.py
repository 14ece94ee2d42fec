# int.to_bytes and int.from_bytes: defaults, byte order, signedness and errors.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

for n, length in [(0, 1), (1, 1), (255, 1), (256, 2), (1024, 4), (2 ** 64 - 1, 8), (0, 0), (65535, 3)]:
    print(n, n.to_bytes(length, 'big'), n.to_bytes(length, 'little'), n.to_bytes(length, byteorder='big'))
print((5).to_bytes(), (5).to_bytes(2), (-1).to_bytes(1, signed=True), (-1).to_bytes(4, 'little', signed=True), (-129).to_bytes(2, 'big', signed=True))
print((127).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (255).to_bytes(2, 'big', signed=True))
show(lambda: (256).to_bytes(1, 'big'))
show(lambda: (-1).to_bytes(1, 'big'))
show(lambda: (128).to_bytes(1, 'big', signed=True))
show(lambda: (-129).to_bytes(1, 'big', signed=True))
show(lambda: (1).to_bytes(0, 'big'))
show(lambda: (1).to_bytes(-1, 'big'))
show(lambda: (1).to_bytes(1, 'middle'))
show(lambda: (1).to_bytes(1, 2))
show(lambda: (1).to_bytes(1, 'big', True))
show(lambda: (1).to_bytes(1, length=1))
show(lambda: (1).to_bytes(bad=1))
show(lambda: (1).to_bytes('1'))
print(int.from_bytes(b'\x00\x01'), int.from_bytes(b'\x00\x01', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\x7f', 'little', signed=True))
print(int.from_bytes(b''), int.from_bytes(b'', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255,), 'little', signed=True), int.from_bytes(iter([1, 0])))
print(int.from_bytes(bytes=b'\x02', byteorder='little'), int.from_bytes(b'\x80' + b'\x00' * 9, 'big'), bool.from_bytes(b'\x01'), bool.from_bytes(b'\x00'))
show(lambda: int.from_bytes())
show(lambda: int.from_bytes(5))
show(lambda: int.from_bytes('ab'))
show(lambda: int.from_bytes([256]))
show(lambda: int.from_bytes([-1]))
show(lambda: int.from_bytes([1.0]))
show(lambda: int.from_bytes(b'', 'x'))
show(lambda: int.from_bytes(b'', 'big', 'x'))
class MyInt(int):
    pass
m = MyInt.from_bytes(b'\x01\x00', 'big')
print(m, type(m).__name__, m.to_bytes(2, 'little'), (1).to_bytes(2, 'big') == b'\x00\x01')
for n in [0, 1, -1, 12345, -12345, 2 ** 100, -(2 ** 100)]:
    b = n.to_bytes(16, 'big', signed=True)
    print(n, int.from_bytes(b, 'big', signed=True) == n, len(b))
