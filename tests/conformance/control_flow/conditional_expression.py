# The conditional expression and its precedence.
for n in range(4):
    print(n, 'even' if n % 2 == 0 else 'odd')
x = 1 if False else 2 if False else 3
print(x)
f = lambda n: 'big' if n > 100 else 'small'
print(f(5), f(500))
print([('neg' if i < 0 else 'zero' if i == 0 else 'pos') for i in (-1, 0, 1)])
y = 10 + (1 if True else 0)
print(y)
z = 10 + 1 if False else 0
print(z)
