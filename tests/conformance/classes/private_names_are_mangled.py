# Names starting with two underscores inside a class are renamed _Class__name, so a subclass cannot clash with them.
class Base:
    __kind = "base"

    def __init__(self):
        self.__id = "base id"

    def base_id(self):
        return self.__id

    def kind(self):
        return self.__kind

    def __helper(self, __arg=1):
        __local = __arg * 2
        return sorted(locals())

    def call_helper(self):
        return self.__helper()


class Child(Base):
    __kind = "child"

    def __init__(self):
        super().__init__()
        self.__id = "child id"

    def child_id(self):
        return self.__id


c = Child()
print(c.base_id(), "/", c.child_id(), "/", c.kind())
print(sorted(vars(c)))
print(sorted(k for k in vars(Base) if k.startswith("_Base")))
print(c._Base__id, Child._Child__kind)
print(c.call_helper())
print(Base._Base__helper.__name__, Base._Base__helper.__qualname__)

try:
    c.__id
except AttributeError as e:
    print("outside the class:", e)


# Leading underscores of the class name are dropped; a name of only
# underscores mangles nothing; dunder names are never mangled.
class _Private:
    __x = 1
    __y__ = 2


class ___:
    __z = 3


print([k for k in vars(_Private) if "x" in k or "y" in k], [k for k in vars(___) if "z" in k])


# Nested functions, lambdas, comprehensions, globals, imports and except
# names are mangled too; keyword arguments in calls are not.
def show(**kw):
    return sorted(kw)


class Scopes:
    def run(self):
        global __counter
        __counter = 10
        from math import pi as __pi
        get = lambda: self.__value
        self.__value = 5
        squares = [__n * __n for __n in range(3)]
        try:
            raise ValueError("x")
        except ValueError as __err:
            caught = type(__err).__name__
        return __counter, round(__pi, 2), get(), squares, caught, show(__key=1)

    def keyword_only(self, *, __flag):
        return __flag


s = Scopes()
print(s.run())
print(s.keyword_only(_Scopes__flag=True))
print("_Scopes__counter" in globals(), "__counter" in globals())


class Outer:
    class __Inner:
        __deep = 4

    def inner(self):
        return self.__Inner.__name__, sorted(k for k in vars(self.__Inner) if "deep" in k)


print(Outer().inner())


class Slotted:
    __slots__ = ("__secret", "plain")

    def __init__(self):
        self.__secret = 1
        self.plain = 2

    def secret(self):
        return self.__secret


sl = Slotted()
print(sl.secret(), sl._Slotted__secret, sl.plain)

try:
    class Missing:
        def get(self):
            return __undefined

    Missing().get()
except NameError as e:
    print(e)
