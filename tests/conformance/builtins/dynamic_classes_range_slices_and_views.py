# type(name, bases, ns) classes belong to the calling module; range slices, view mappings and bad reprs match CPython.
Point = type("Point", (), {"x": 0})
Failure = type("Failure", (Exception,), {})
print(Point, Point.__module__, Failure("boom").__class__, repr(Point()).split(" at ")[0])
try:
    type("Broken", (1,), {})
except TypeError as e:
    print("TypeError:", e)

print(range(10)[::-3], range(8)[10:0], range(8)[1:7:-1], range(0, 20, 2)[2:8:2])
print(list(range(10)[::-3]), len(range(8)[10:0]))

prices = {"tea": 2, "cake": 3}
print(prices.keys().mapping, prices.items().mapping["tea"])


class BadRepr:
    def __repr__(self):
        return 42


for show in (str, repr, print):
    try:
        show(BadRepr())
    except TypeError as e:
        print(show.__name__, "TypeError:", e)
