"""__getattr__, __getattribute__, __setattr__ and __init__ added to a base class after its subclasses exist take effect on them, as in CPython."""
class Base:
    @property
    def q(self):
        raise AttributeError("q")
class Sub(Base):
    pass
s = Sub()
try:
    s.q
except AttributeError as e:
    print("before:", e)
Base.__getattr__ = lambda self, n: "fallback " + n
print(Sub().q, s.missing)
class P:
    x = 1
class C(P):
    pass
c = C()
print(c.x)
P.__getattribute__ = lambda self, n: "hooked " + n
print(c.x, C().y)
del P.__getattribute__
print(c.x)
P.__setattr__ = lambda self, n, v: print("setattr", n, v)
c.z = 5
print(hasattr(c, "z"))
class Q:
    def __init__(self):
        print("Q init")
class R(Q):
    pass
R()
Q.__init__ = lambda self: print("new init")
R()
