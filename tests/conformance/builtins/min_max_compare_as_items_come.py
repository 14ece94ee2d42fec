"""min() and max() compare items as they come, taking each key before reading the next item, from generators and from lists."""
def g():
    yield 1
    yield "a"
    raise KeyError("late")
for f in (min, max):
    try:
        f(g())
    except Exception as e:
        print(type(e).__name__, e)
def h():
    for i in [3, 1, 3]:
        print("gen", i)
        yield i
print(max(h(), key=lambda x: print("key", x) or x))
print(min(h(), key=lambda x: print("key", x) or -x))
class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
print(min([Loud(2), Loud(1), Loud(3)]).v, max(Loud(2), Loud(5), Loud(5)).v)
print(min((x for x in []), default="empty"), max(iter([]), default=None))
for f in (min, max):
    try:
        f(x for x in [])
    except ValueError as e:
        print("ValueError", e)
print(max([1, 2], [1, 3]), min("bca"), max((x for x in [1, 5, 2]), key=None))
