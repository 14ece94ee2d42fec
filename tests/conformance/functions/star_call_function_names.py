def f(*a): pass
class C:
    def m(self, *a): pass
for fn in (f, print, C().m, C, len, C.m, lambda *a: 0):
    try:
        fn(*1)
    except TypeError as e:
        print(e)
    try:
        fn(**1)
    except TypeError as e:
        print(e)
