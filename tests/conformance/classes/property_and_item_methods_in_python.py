"""Properties, __getitem__ and __setitem__ written in Python: results, errors, hooks and tracebacks as in CPython."""
import traceback


class Temperature:
    def __init__(self):
        self._c = 20

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def kelvin(self):
        return self._c + 273

    @property
    def broken(self):
        return self.missing_attribute


t = Temperature()
t.celsius += 5
print(t.celsius, t.kelvin)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError", e)
try:
    t.broken
except AttributeError as e:
    print("AttributeError", e)


class WithFallback(Temperature):
    def __getattr__(self, name):
        return f"fallback for {name}"


print(WithFallback().broken)


class Audited(Temperature):
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)


a = Audited()
a.celsius = 30
print(a.celsius)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, pos):
        if pos not in self.cells:
            raise KeyError(pos)
        return self.cells[pos]

    def __setitem__(self, pos, value):
        self.cells[pos] = value
        return "ignored"


g = Grid()
g[1, 2] = "x"
g[0, 0] = 1
g[0, 0] += 41
print(g[1, 2], g[0, 0], g[0, 0:1] if False else "skip")
try:
    g[9, 9]
except KeyError as e:
    print("KeyError", e)


class Defaults(dict):
    def __missing__(self, key):
        return key * 2


class Shouting(dict):
    def __getitem__(self, key):
        return super().__getitem__(key).upper()


d = Defaults(a=1)
print(d["a"], d["zz"])
s = Shouting(greeting="hello")
print(s["greeting"])


class Twice(list):
    def __setitem__(self, index, value):
        super().__setitem__(index, value * 2)


tw = Twice([0, 0])
tw[1] = 21
print(tw)


class Static:
    __getitem__ = staticmethod(lambda key: f"static {key}")


try:
    print(Static()[3])
except TypeError as e:
    print("TypeError", e)


def outer():
    return t.broken


try:
    outer()
except AttributeError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(line for line in lines if not line.startswith("  File")))
