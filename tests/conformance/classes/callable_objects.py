# __call__ makes instances callable, with any parameters.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, value, *, extra=0):
        return value * self.factor + extra
double = Multiplier(2)
print(double(21), double(5, extra=1), callable(double))
print(list(map(Multiplier(3), [1, 2, 3])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print('TypeError', e)
print(callable(Plain), callable(Plain()), callable(print), callable('s'))
