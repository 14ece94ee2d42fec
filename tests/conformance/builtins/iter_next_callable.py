# iter() on sequences and with a sentinel, next() with a default, and callable().
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
values = [3, 2, 1, 0, 5]
pos = 0
def reader():
    global pos
    pos += 1
    return values[pos - 1]
print(list(iter(reader, 0)))
s = iter('ab')
print(iter(s) is s, type(iter([])).__name__)
print(callable(len), callable(lambda: 0), callable(int), callable(3), callable('x'), callable(None))
try:
    next(5)
except TypeError as e:
    print('TypeError', e)
try:
    iter(None)
except TypeError as e:
    print('TypeError', e)
