# Aliasing, shallow copies and the list-multiplication trap.
a = [1, 2]
b = a
b.append(3)
print(a, a is b)
grid = [[0] * 3] * 2
grid[0][0] = 'X'
print(grid)
good = [[0] * 3 for _ in range(2)]
good[0][0] = 'X'
print(good)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append('shared')
shallow.append('not shared')
print(nested, shallow)
sliced = nested[:]
print(sliced == nested, sliced is nested, sliced[0] is nested[0])
listed = list(nested)
print(listed[1] is nested[1])
def modify(lst):
    lst.append('changed')
    lst = ['rebound']
    return lst
original = []
print(modify(original), original)
