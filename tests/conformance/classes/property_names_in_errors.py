# A property's error messages name it only once __set_name__ has given it a name.
class C:
    @property
    def a(self):
        return 1
    b = property(lambda self: 2)
    def _g(self): return 3
    c = property(_g).deleter(lambda self: None)
C.d = property(lambda self: 4)
p = property(lambda self: 5)
p.__set_name__(C, "named_later")
C.e = p
o = C()
for n in "abcde":
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(o, n, 0)
            else:
                delattr(o, n)
        except AttributeError as exc:
            print(n, action, exc)
class D:
    x = property()
try:
    D().x
except AttributeError as exc:
    print(exc)
