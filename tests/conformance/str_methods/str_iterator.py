# Iterating strings: iter/next, the iterator's type name, exhaustion, and iteration over non-ASCII text.
it = iter('abc')
print(type(it).__name__, next(it), next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(list('héllo'), list(iter('🙂x')), [c for c in ''], tuple('ab'))
it = 'xyz'.__iter__()
print(iter(it) is it, list(it), list(it))
for i, ch in enumerate('naïve'):
    print(i, ch, ch.isascii())
print(sum(1 for _ in 'count me'), max('hello'), min('hello'), sorted('banana'))
