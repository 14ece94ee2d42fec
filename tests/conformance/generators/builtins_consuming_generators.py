"""Built-ins given generators and iterator classes: results, errors and StopIteration values as in CPython."""
import traceback


def gen(*items, result=None):
    for x in items:
        yield x
    return result


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e.args)


show("sum", lambda: sum(gen(1, 2, 3)))
show("sum start kw", lambda: sum(gen(1.5, 2), start=10))
show("sum str start", lambda: sum(gen("a"), ""))
show("sum bad item", lambda: sum(gen(1, "x")))
show("list", lambda: list(gen(1, 2)))
show("tuple", lambda: tuple(gen()))
show("dict", lambda: dict(gen(("a", 1), "bc", [3, 4])))
show("dict bad length", lambda: dict(gen(("a", 1), (1, 2, 3), [])))
show("dict not a sequence", lambda: dict(gen(("a", 1), 5)))
show("set unhashable", lambda: set(gen(1, [2])))
show("sorted", lambda: sorted(gen(3, 1, 2), key=lambda x: -x, reverse=True))
show("sorted bad kw", lambda: sorted(gen(1), cmp=None))
show("min default", lambda: min(gen(), default="none"))
show("min empty", lambda: min(gen()))
show("max key", lambda: max(gen("bb", "a", "ccc"), key=len))
show("any short", lambda: any(gen(0, 1, [][0])))
show("all short", lambda: all(gen(1, 0, {}["x"])))
show("join", lambda: "+".join(gen("a", "b")))
show("join bad", lambda: "+".join(gen("a", 2)))
lst = [0]
lst.extend(gen(1, 2))
show("extend", lambda: lst)
show("next default", lambda: next(gen(), "d"))
g = gen(1, result="done")
next(g)
try:
    next(g)
except StopIteration as e:
    print("next StopIteration value", e.value, e.args)
g = gen(result="sent")
try:
    g.send(None)
except StopIteration as e:
    print("send StopIteration value", e.value)
show("send fresh", lambda: gen(1).send(5))
g = gen(1)
show("__next__", lambda: [g.__next__(), next(g, "end"), next(g, "end")])


def running():
    yield next(me)


me = running()
show("already executing", lambda: next(me))


class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("  __iter__ called")
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n


show("class list", lambda: list(Count(3)))
show("class next default", lambda: next(Count(0), "d"))
show("class next", lambda: next(Count(0)))
for x in Count(2):
    print("for over class", x)

e = enumerate(gen("a", "b"), 5)
print(type(e).__name__, next(e), list(e))
z = zip(gen(1, 2, 3), "xy")
print(type(z).__name__, list(z))
z = zip("xy", gen(1, 2, 3))
print(list(z))
m = map(lambda x: x * 2, [1, 2])
print(type(m).__name__, list(m), list(m))
m = map(lambda a, b: a + b, gen(1, 2), [10, 20, 30])
print(list(m))


def stop_at_two(x):
    if x == 2:
        raise StopIteration
    return x


print("map stops", list(map(stop_at_two, [1, 2, 3])))
f = filter(lambda x: x % 2, gen(1, 2, 3))
print(type(f).__name__, list(f))
print("filter None", list(filter(None, gen(0, 1, "", "a"))))
print(isinstance(enumerate(gen()), enumerate), isinstance(map(str, gen()), map))


def fails():
    yield 1
    raise ValueError("inside the generator")


try:
    sum(fails())
except ValueError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(line for line in lines if not line.startswith("  File")))
    print(sum(1 for line in lines if line.startswith("  File")), "frames")
