# sort and sorted with key and reverse; sorting is stable, including with reverse.
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 25), ('ed', 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
by_second = sorted(people, key=lambda p: p[0], reverse=True)
by_second.sort(key=lambda p: p[1])
print(by_second)
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted([2.5, 1, True, 0]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]))
print(sorted([]), sorted(range(5), reverse=True))
