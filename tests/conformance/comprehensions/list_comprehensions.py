# List comprehensions with filters, nesting and conditional expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in 'ab'])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n != 4])
print(['even' if n % 2 == 0 else 'odd' for n in range(4)])
words = ['apple', 'Bob', 'cat']
print([w.upper() for w in words if w[0].islower()])
print([[] for _ in range(3)])
print([i for i in []])
