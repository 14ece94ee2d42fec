# *args collects extra positionals in a tuple, **kwargs extra keywords in a dict.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, x=3))
print(collect(*[1, 2], *(3,), **{'a': 1}, b=2))
def head(first, *rest):
    return first, rest
print(head(*'abc'))
def report(**options):
    for key, value in options.items():
        print(key, '=', value)
report(zeta=1, alpha=2, mid=3)
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(9, k='v'))
print(type(collect()[0]).__name__, type(collect()[1]).__name__)
