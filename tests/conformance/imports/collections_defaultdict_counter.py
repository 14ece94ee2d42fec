# defaultdict with several factories and Counter with most_common and arithmetic.
from collections import defaultdict, Counter
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(dict(counts))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
c = Counter('abracadabra')
print(c)
print(c.most_common(2), c['a'], c['z'])
c.update('aaz')
print(c.most_common(3))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(sorted(c.elements())[:6], sum(c.values()), c.total())
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
