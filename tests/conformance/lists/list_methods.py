# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear.
items = [3, 1, 2]
items.append(4)
items.extend((5, 6))
items.extend('ab')
items.insert(0, 'first')
items.insert(100, 'last')
items.insert(-1, 'before last')
print(items)
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove('a')
print(items, items.index(2), items.index(5, 2), items.count(1), [1, 1, 2].count(1))
items.reverse()
print(items)
copy = items.copy()
copy.append('only in copy')
print(len(items), len(copy))
items.clear()
print(items, copy[-1])
print(items.append(1), items.sort(), items.reverse())
nums = [5, 2, 8]
nums += [1]
nums[len(nums):] = [0]
print(nums, sorted(nums), nums)
