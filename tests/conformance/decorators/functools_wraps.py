# functools.wraps copies __name__, __doc__, __qualname__ and sets __wrapped__.
import functools
def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('trace', fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@traced
def compute(x, y):
    """Multiply two numbers."""
    return x * y
print(compute(6, 7))
print(compute.__name__, compute.__doc__, compute.__qualname__)
print(compute.__wrapped__(2, 3))
print(compute.__wrapped__.__name__)
compute.custom = 'attr'
def plain(fn):
    def wrapper():
        return fn()
    return wrapper
@plain
def original():
    """Docs."""
print(original.__name__, original.__doc__, hasattr(original, '__wrapped__'))
class Service:
    @traced
    def handle(self, request):
        """Handle one request."""
        return f'handled {request}'
print(Service().handle('r1'), Service.handle.__qualname__)
