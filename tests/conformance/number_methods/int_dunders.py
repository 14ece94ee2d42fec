# int's arithmetic and comparison dunders called directly: NotImplemented for non-ints.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = 17, 5
print(a.__add__(b), a.__sub__(b), a.__mul__(b), a.__truediv__(b), a.__floordiv__(b), a.__mod__(b), a.__divmod__(b), a.__pow__(b))
print(a.__radd__(b), a.__rsub__(b), a.__rmul__(b), a.__rtruediv__(b), a.__rfloordiv__(b), a.__rmod__(b), a.__rdivmod__(b), a.__rpow__(2))
print(a.__lshift__(2), a.__rshift__(2), a.__and__(b), a.__or__(b), a.__xor__(b), a.__rlshift__(1), a.__rrshift__(1024), a.__rand__(3), a.__ror__(8), a.__rxor__(1))
print((-17).__floordiv__(5), (-17).__mod__(5), (-17).__divmod__(5), (17).__divmod__(-5), (2).__pow__(-1), (2).__pow__(10, 1000), (3).__pow__(-1, 7), (5).__rpow__(2, 3))
print(a.__add__(1.5), a.__truediv__(0.5), a.__mul__('x'), a.__eq__(17.0), a.__lt__(20.0), a.__pow__(2, 3.0), a.__add__(None))
print(a.__add__(True), True.__add__(True), type(True.__add__(True)).__name__, (5).__sub__(False))
print(a.__eq__(17), a.__ne__(17), a.__lt__(18), a.__le__(17), a.__gt__(2 ** 70), a.__ge__(-2 ** 70), (2 ** 70).__eq__(2 ** 70))
show(lambda: a.__truediv__(0))
show(lambda: a.__floordiv__(0))
show(lambda: a.__mod__(0))
show(lambda: a.__divmod__(0))
show(lambda: (0).__pow__(-1))
show(lambda: a.__pow__(2, 0))
show(lambda: a.__lshift__(-1))
show(lambda: a.__rshift__(-1))
show(lambda: a.__add__())
show(lambda: a.__add__(1, 2))
show(lambda: a.__pow__())
show(lambda: a.__pow__(1, 2, 3))
show(lambda: a.__neg__(1))
show(lambda: int.__add__('a', 1))
show(lambda: int.__add__())
show(lambda: (2 ** 5000).__truediv__(1))
print((2 ** 100).__add__(1), (2 ** 100).__mod__(7), (10 ** 30).__floordiv__(10 ** 28), (10 ** 20).__truediv__(10 ** 18))
print(int.__add__(3, 4), int.__mul__(True, 4), int.__lt__(1, 2), int.__pow__(2, 100))
print(1 + 2.5, (1).__add__(2.5), (2.5).__radd__(1), 7 / 2, 7 // 2.0, 2 ** -1, divmod(7, 2.0), pow(2, 5, 3))
