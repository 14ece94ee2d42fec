# List slicing with negative indices, steps, and clamped bounds.
a = list(range(10))
print(a[2:7], a[-3:], a[:-7], a[::3], a[::-1], a[7:2:-1], a[-1:-6:-2], a[1:9:4])
print(a[20:], a[-20:2], a[5:1], a[::-11], a[2:2], a[slice(3)], a[slice(1, None, 5)])
print(a[:], a[:] is a, a[:] == a)
b = a[::-1]
print(b[::2], b[1::2][::-1])
s = slice(1, 8, 2)
print(s.start, s.stop, s.step, a[s], s.indices(5))
print((1, 2, 3, 4)[::-2], 'hello'[1::2], range(10)[2:8:3])
