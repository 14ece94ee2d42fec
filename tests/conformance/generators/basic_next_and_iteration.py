# A generator runs lazily between yields; next() past the end raises StopIteration.
def countdown(n):
    print('start')
    while n > 0:
        yield n
        n -= 1
    print('end')
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e), e.value)
print(next(countdown(0), 'default'))
for x in countdown(2):
    print('got', x)
print(sum(countdown(4)))
