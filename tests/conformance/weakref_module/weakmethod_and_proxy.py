# WeakMethod survives as long as its object; proxies forward to the referent and fail once it is gone.
import weakref


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    def __len__(self):
        return self.n


c = Counter()
dead_bound = weakref.ref(c.bump)
print("a plain ref to a bound method dies at once:", dead_bound())
wm = weakref.WeakMethod(c.bump)
print(wm()(), wm()(), wm() == weakref.WeakMethod(c.bump))
try:
    weakref.WeakMethod(len)
except TypeError as exc:
    print("TypeError:", exc)
p = weakref.proxy(c)
p.n = 10
print(p.bump(), c.n, len(p), type(p).__name__)
del c
print("after the object dies:", wm())
try:
    p.n
except ReferenceError as exc:
    print("ReferenceError:", exc)
callable_proxy = weakref.proxy(Counter().bump)
try:
    callable_proxy()
except ReferenceError as exc:
    print("ReferenceError:", exc)
