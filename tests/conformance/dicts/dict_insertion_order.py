# Dicts keep insertion order; updating a key keeps its place, deleting and re-adding moves it.
d = {}
for k in ['zebra', 'apple', 'mango', 10, 2, -5]:
    d[k] = len(str(k))
print(d)
d['apple'] = 'updated'
print(list(d))
del d['zebra']
d['zebra'] = 'back'
print(list(d))
print(list(reversed(d)), list(reversed(d.items()))[:2])
nums = {n: n * n for n in [5, 3, 9, 1]}
print(nums, list(nums.values()))
merged = {'b': 1, 'a': 2} | {'c': 3, 'b': 4}
print(merged)
m = {'x': 1}
m |= {'y': 2, 'x': 3}
print(m)
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items())))
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])))
