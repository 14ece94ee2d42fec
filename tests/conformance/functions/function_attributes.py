# Function objects: __name__, __qualname__, __doc__, __defaults__, custom attributes.
def outer():
    """Outer docstring."""
    def inner(x, y=1):
        return x + y
    return inner
fn = outer()
print(outer.__name__, outer.__qualname__, outer.__doc__)
print(fn.__name__, fn.__qualname__, fn.__doc__, fn.__defaults__)
fn.calls = 3
print(fn.calls)
class K:
    def method(self):
        pass
print(K.method.__name__, K.method.__qualname__)
print(callable(fn), callable(3))
print(outer.__module__)
def annotated(a: int, b: str = 'x') -> bool:
    return True
print(annotated.__annotations__)
