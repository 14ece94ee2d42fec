# insort/insort_left insert into sorted lists; insort_left puts equal items first.
import bisect

nums = []
for n in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(nums, n)
    print(nums)
pairs = [(1, 'a'), (3, 'c')]
bisect.insort_left(pairs, (1, 'A'))
bisect.insort_right(pairs, (3, 'b'))
print(pairs)
