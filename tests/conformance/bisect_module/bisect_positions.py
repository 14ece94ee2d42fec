# bisect_left/bisect_right positions around equal items, with lo/hi bounds.
import bisect

a = [1, 2, 4, 4, 4, 8]
for x in (0, 1, 4, 5, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 8, hi=2))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
