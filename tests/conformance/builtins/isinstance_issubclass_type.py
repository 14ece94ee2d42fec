# isinstance and issubclass with tuples and unions; type() of built-in values.
values = [1, 1.0, 'a', b'a', [1], (1,), {1}, frozenset(), {1: 2}, None, True, range(1), len, print, int, object(), ...]
print([type(v).__name__ for v in values])
print(isinstance(1, (str, int)), isinstance('s', str | bytes), isinstance(None, type(None)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, (int, str)), issubclass(type, object))
print(type(type), type(object), type(None), type(len), type(1) == int, type(int) is type)
class A: pass
class B(A): pass
print(isinstance(B(), A), type(B()) is A, issubclass(B, A), issubclass(A, B), issubclass(A, A))
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
