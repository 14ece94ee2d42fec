# Tuple and list unpacking on the left side, including nesting and swaps.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = 'hi'
print(p, q)
for i, (name, score) in enumerate([('ann', 3), ('bob', 5)]):
    print(i, name, score)
first, second, third = range(3)
print(first, second, third)
k, v = {'key': 'value'}.popitem()
print(k, v)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
