# for ... else with break and continue, including nested loops.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print('total', total)
for ch in '':
    print('never')
else:
    print('empty loop else')
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end='; ')
print()
for x in [1, 2, 3]:
    if x == 2:
        continue
    print('x', x)
else:
    print('else after continue')
