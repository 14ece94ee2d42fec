# `is` versus `==`, limited to results CPython guarantees.
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b)
print(a == c, a is c)
print(None is None, True is True, ... is Ellipsis)
x = None
print(x is None, x is not None)
class Always:
    def __eq__(self, other):
        return True
obj = Always()
print(obj == 3, obj is obj, obj is not None)
print([obj] == [5])
nan = float('nan')
print(nan == nan, nan is nan, [nan] == [nan])
t = (a,)
print(t[0] is a)
print(type(1) is int, type(True) is bool, type(True) is int)
