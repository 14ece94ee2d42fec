# Generator expressions are lazy, single-use, and their first iterable is evaluated eagerly.
def source():
    print('source called')
    return [1, 2, 3]
g = (x * 2 for x in source())
print('created')
print(next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in ['pear', 'fig', 'banana']))
print(','.join(str(i) for i in range(5)))
try:
    bad = (x for x in 5)
except TypeError as e:
    print('TypeError', e)
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(any(x > 2 for x in [1, 2, 3]), all(x > 2 for x in [1, 2, 3]))
