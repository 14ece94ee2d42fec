# A decorator factory takes arguments and returns the actual decorator.
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def tag(name, **attrs):
    extras = ''.join(f' {k}="{v}"' for k, v in attrs.items())
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return f'<{name}{extras}>{fn(*args, **kwargs)}</{name}>'
        return wrapper
    return decorator
@tag('a', href='/home', cls='link')
def link(text):
    return text
print(link('Home'))
def validate(**types):
    def decorator(fn):
        def wrapper(**kwargs):
            for key, expected in types.items():
                if not isinstance(kwargs.get(key), expected):
                    raise TypeError(f'{key} must be {expected.__name__}')
            return fn(**kwargs)
        return wrapper
    return decorator
@validate(n=int, label=str)
def describe(n, label):
    return f'{label}: {n}'
print(describe(n=3, label='count'))
try:
    describe(n='3', label='count')
except TypeError as e:
    print('TypeError', e)
