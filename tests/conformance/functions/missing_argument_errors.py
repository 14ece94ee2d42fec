# TypeError messages for missing positional and keyword-only arguments.
def try_call(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print(e)
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def kwonly(*, x, y):
    pass
def mixed(a, b, *, c):
    pass
try_call(one)
try_call(two)
try_call(two, 1)
try_call(three)
try_call(three, 1)
try_call(kwonly)
try_call(kwonly, x=1)
try_call(mixed, 1, 2)
try_call(mixed, c=1)
class Thing:
    def method(self, value):
        pass
try_call(Thing().method)
try_call(Thing.method)
try_call(lambda q: q)
