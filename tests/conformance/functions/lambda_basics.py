# lambda expressions: defaults, closures, use as keys, and their __name__.
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print((lambda *a, **k: (a, k))(1, z=2))
print((lambda: 'no args')())
