# Counting values in a range of a sorted list with two bisections.
import bisect

data = sorted([15, 3, 8, 42, 23, 16, 4, 8, 30])
print(data)
for lo, hi in [(4, 16), (0, 100), (9, 14), (8, 8)]:
    i, j = bisect.bisect_left(data, lo), bisect.bisect_right(data, hi)
    print(lo, hi, j - i, data[i:j])
