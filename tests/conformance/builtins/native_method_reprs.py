# Methods of built-in types print as CPython's method descriptors, slot wrappers and method-wrappers.
import collections
import threading


def show(*values):
    # Addresses differ between runs, so each repr stops before " at 0x".
    print(*(repr(v).split(" at 0x")[0] for v in values))


show(str.upper, list.append, collections.deque.append)
show(int.__add__, object.__init__, list.__len__, int.__repr__)
show(list.__getitem__, dict.__contains__, tuple.__getitem__)
show((1).__add__, "x".upper, [].append)
show(object.__new__, int.__new__, str.maketrans)
show(dict.fromkeys, int.from_bytes, dict.__dict__["fromkeys"])
show(object.__init_subclass__, object.__subclasshook__, object.__dir__)
show(threading.Lock().acquire, type(threading.Lock()).release)


class C:
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 0


show(C.__dict__["make"], C.__dict__["helper"], C.make)

for f in (print, str.upper, int.__add__, (1).__add__, "x".upper, dict.fromkeys, C.make):
    print(type(f).__name__, callable(f))

print(str.upper("ab"), int.__add__(1, 2), (5).__add__(1), list.__len__([1, 2]))
print(object.__lt__(1, 2), object.__subclasshook__(int))
print(object.__doc__)
