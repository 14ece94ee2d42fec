# A decorator without arguments wraps a function; without wraps the name is lost.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def greet(name):
    """Return a greeting."""
    return f'hello {name}'
print(greet('ann'))
print(greet.__name__, greet.__doc__)
def log_calls(fn):
    def wrapper(*args, **kwargs):
        print(f'calling {fn.__name__}{args} {kwargs}')
        result = fn(*args, **kwargs)
        print(f'{fn.__name__} returned {result!r}')
        return result
    return wrapper
@log_calls
def add(a, b=0):
    return a + b
add(1, b=2)
add(5)
def identity(fn):
    print('decorating', fn.__name__)
    return fn
@identity
def untouched():
    return 'same function'
print(untouched(), untouched.__name__)
