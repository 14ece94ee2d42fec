# Storing the same attribute in a loop obeys every later change to the classes.
class Base:
    pass


class Box(Base):
    pass


def put(obj, value):
    obj.item = value


b = Box()
for n in range(3):
    put(b, n)
print(b.__dict__)

# A property with a setter on a base class now takes the store.
Base.item = property(lambda self: "got", lambda self, v: print("setter got", v))
put(b, 10)
print(b.__dict__, b.item)
del Base.item

# A __setattr__ added later sees every store.
Box.__setattr__ = lambda self, name, value: print("intercepted", name, value)
put(b, 11)
del Box.__setattr__
put(b, 12)
print(b.__dict__)

# A read-only property refuses the store.
Box.item = property(lambda self: "read-only")
try:
    put(b, 13)
except AttributeError as exc:
    print("AttributeError:", exc)
del Box.item


class Slotted:
    __slots__ = ("item",)


s = Slotted()
put(s, "slot")
print(s.item)

# Methods found on the class, then shadowed by the instance, then replaced.
class Greeter:
    def hello(self):
        return "class hello"


def call_hello(obj):
    return obj.hello()


g = Greeter()
print(call_hello(g), call_hello(g))
g.hello = lambda: "instance hello"
print(call_hello(g))
del g.hello
Greeter.hello = lambda self: "replaced hello"
print(call_hello(g))
