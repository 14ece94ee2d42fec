# Reading the same attribute in a loop sees every later change to the classes.
class Base:
    pass


class Point(Base):
    def __init__(self):
        self.x = 1


class Other:
    def __init__(self):
        self.x = "other"


def read(obj):
    return obj.x


p = Point()
print([read(p) for _ in range(3)])

# A data descriptor on a base class now wins over the instance dict.
Base.x = property(lambda self: "property")
print(read(p))
del Base.x
print(read(p))

# A __getattribute__ added later sees every read.
Point.__getattribute__ = lambda self, name: "intercepted " + name
print(read(p))
del Point.__getattribute__
print(read(p))

# Another class at the same site, then a class changed under the instance.
print(read(Other()), read(p))
p.__class__ = Other
print(read(p))

# A missing attribute falls back to __getattr__, then to AttributeError.
Other.__getattr__ = lambda self, name: "fallback " + name
del p.x
print(read(p))
del Other.__getattr__
try:
    read(p)
except AttributeError as exc:
    print("AttributeError:", exc)


# Slots, and an instance of a class with the same name made anew.
class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


print(read(Slotted()))
for n in range(3):
    class Fresh:
        x = "class attribute"
    f = Fresh()
    if n == 1:
        f.x = "instance attribute"
    print(read(f))
