# Counter counting, most_common order, arithmetic, update/subtract; defaultdict factories and repr.
from collections import Counter, defaultdict

c = Counter('mississippi')
print(c)
print(c.most_common(2), c.most_common())
print(c['s'], c['zzz'], c.total(), sorted(c.elements()))
c.update('sip')
c.subtract({'i': 10, 'q': 1})
print(c)
print(+c, -c)
a, b = Counter(a=3, b=1, c=2), Counter(a=1, b=2, d=5)
print(a + b, a - b, a | b, a & b)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2, b=1), Counter())
a += Counter(z=4, a=-10)
print(a)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)

groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups)
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts, counts.default_factory)
print(dict(counts), 'dog' in counts, counts.get('dog'))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print({k: dict(v) for k, v in nested.items()})
print(defaultdict(), defaultdict(None, {1: 2}))
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(42)
except TypeError as e:
    print('TypeError', e)
