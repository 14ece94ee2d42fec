# Starred targets collect the rest of the values into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
head, *tail = [1]
print(head, tail)
x, *y, w = 1, 2
print(x, y, w)
(a, *b), c = (1, 2, 3), 4
print(a, b, c)
print(*[1, 2], *'ab', sep='-')
merged = [*range(3), *[9, 8]]
print(merged)
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(d)
t = *range(2), 5
print(t)
