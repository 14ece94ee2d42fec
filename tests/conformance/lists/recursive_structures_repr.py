# repr of lists and dicts containing themselves, and of deeply nested lists.
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
b = [a, a]
print(b)
d = {}
d['me'] = d
d['list'] = [d]
print(d)
x = []
y = [x]
x.append(y)
print(x, y)
nested = [[[[[[1]]]]]]
print(nested, nested[0][0][0][0][0][0])
