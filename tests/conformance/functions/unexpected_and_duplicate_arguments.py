# TypeError messages for unexpected keywords, duplicate values and too many positionals.
def try_call(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print(e)
def f(a, b=2):
    pass
def g():
    pass
def h(a, /, b):
    pass
def k(*, key):
    pass
try_call(f, 1, c=3)
try_call(f, 1, a=2)
try_call(f, 1, 2, 3)
try_call(g, 1)
try_call(g, 1, 2)
try_call(g, x=1)
try_call(h, a=1, b=2)
try_call(k, 1)
try_call(k, 1, key=2)
try_call(f, 1, 2, 3, 4)
class C:
    def m(self, a):
        pass
try_call(C().m, 1, 2)
try_call(C().m, 1, a=1)
