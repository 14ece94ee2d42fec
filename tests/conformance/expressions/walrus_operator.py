# Assignment expressions in if, while, comprehensions, and their scope.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print('long list of', n)
values = iter([5, 4, 0, 7])
while (v := next(values)) != 0:
    print('value', v)
print('stopped at', v)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
total = 0
sums = [total := total + x for x in range(5)]
print(sums, total)
print((z := 10) + z)
def f():
    [last := c for c in 'abc']
    return last
print(f())
found = any((hit := w).startswith('b') for w in ['apple', 'banana', 'blue'])
print(found, hit)
