# Weak references compare equal when their live referents do; their hash is the referent's and is kept after death.
import weakref


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __hash__(self):
        return hash(self.x)


a, b, c = Point(1), Point(1), Point(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra == rc, ra != rc, ra == a, hash(ra) == hash(1))
refs = {ra: "a", rc: "c"}
print(refs[rb], len(refs))
h = hash(rc)
del c
print("dead ref keeps its hash:", hash(rc) == h, "equal only to itself:", rc == rc, rc == weakref.ref(a))
d = Point(3)
rd = weakref.ref(d)
del d
try:
    hash(rd)
except TypeError as exc:
    print("TypeError:", exc)
print(repr(rd).endswith("; dead>"), repr(ra).split(";")[1].split(" at ")[0])
