# Indexing and slicing strings with negative indices, steps and out-of-range bounds.
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[-1:-4:-1])
print(repr(s[100:]), s[-100:3], s[3:100], repr(s[5:5]))
print(s[slice(1, 4)], s[slice(None, None, -1)], slice(1, 2, 3))
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError', e)
