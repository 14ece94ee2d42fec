# Dict comprehensions keep insertion order; set comprehensions of ints.
squares = {n: n * n for n in range(5)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({w[0]: w for w in ['apple', 'avocado', 'banana']})
print(sorted({n % 4 for n in range(20)}))
print({n % 4 for n in range(20)})
print({len(w) for w in ['a', 'bb', 'cc', 'ddd']})
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print({k: counts[k] for k in sorted(counts)})
