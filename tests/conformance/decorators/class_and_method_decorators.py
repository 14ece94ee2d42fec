# Decorators applied to classes, to methods, and decorators that keep state.
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
@register
class Circle:
    pass
@register
class Square:
    pass
print(list(registry))
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 'two'))
def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@count_calls
def ping():
    return 'pong'
ping(); ping(); ping()
print(ping.calls)
class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@CallCounter
def square(n):
    return n * n
print(square(3), square(4), square.count)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
