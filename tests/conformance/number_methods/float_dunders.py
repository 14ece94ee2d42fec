# float's arithmetic and comparison dunders called directly, with ints and other types.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

x = 7.5
print(x.__add__(2), x.__sub__(0.5), x.__mul__(2), x.__truediv__(2), x.__floordiv__(2), x.__mod__(2), x.__divmod__(2), x.__pow__(2))
print(x.__radd__(1), x.__rsub__(10), x.__rmul__(3), x.__rtruediv__(15), x.__rfloordiv__(16), x.__rmod__(16), x.__rdivmod__(16), x.__rpow__(2))
print(x.__add__(True), x.__add__('a'), x.__eq__('a'), x.__lt__(None), x.__add__(2 ** 70), x.__mul__([1]))
print((-7.5).__floordiv__(2), (-7.5).__mod__(2), (7.5).__mod__(-2), (-0.0).__mod__(5), (0.0).__mod__(-5))
print(x.__eq__(7.5), x.__eq__(7), (7.0).__eq__(7), x.__ne__(1), x.__lt__(8), x.__le__(7.5), x.__gt__(2 ** 70), x.__ge__(-2 ** 70))
print((1e16).__eq__(10 ** 16), (1e16).__eq__(10 ** 16 + 1), (2.0 ** 53).__lt__(2 ** 53 + 1), float('nan').__eq__(float('nan')), float('inf').__gt__(10 ** 400))
show(lambda: x.__truediv__(0))
show(lambda: x.__floordiv__(0))
show(lambda: x.__mod__(0.0))
show(lambda: x.__divmod__(0))
show(lambda: x.__rtruediv__(0) if False else (0.0).__rtruediv__(1))
show(lambda: x.__pow__(2, 3))
show(lambda: (0.0).__pow__(-1))
show(lambda: x.__add__(10 ** 400))
show(lambda: (1e308).__mul__(10))
show(lambda: (10.0).__pow__(400))
show(lambda: x.__add__())
show(lambda: x.__pow__(1, 2, 3))
show(lambda: float.__add__(1, 2.0))
show(lambda: float.__neg__())
print(float.__add__(1.5, 1), float.__rsub__(1.5, 1), float.__lt__(1.0, True), 2 ** 0.5, 10 % 3.5, -7 // 2.0)
print(x.__int__(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1), (2.5).__int__())
