# Arguments are evaluated left to right, positionals then keywords as written.
def show(tag):
    print('eval', tag)
    return tag
def f(*args, **kwargs):
    return args, kwargs
print(f(show(1), show(2), b=show(3), a=show(4)))
print(f(*[show('s1')], show('p'), **{'k': show('kw')}))
def g(a, b):
    return a - b
print(g(b=show(1), a=show(5)))
obj = {'x': 1}
print(obj[show('x')], show('after'))
