# Assignment and augmented assignment to subscripts, slices and attributes.
class Point:
    pass
p = Point()
p.x = 1
p.x += 10
print(p.x)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
grid[0][0] += 7
print(grid)
d = {'a': [1, 2]}
d['a'][0] = 'one'
d['b'] = d.get('b', 0) + 1
d['b'] += 1
print(d)
lst = list(range(6))
lst[1:3] = ['x', 'y', 'z']
print(lst)
lst[::2] = [0, 0, 0, 0][:len(lst[::2])]
print(lst)
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
class Counter:
    def __init__(self):
        self.items = {}
    def __getitem__(self, key):
        print('get', key)
        return self.items.get(key, 0)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.items[key] = value
c = Counter()
c['n'] += 3
print(c.items)
