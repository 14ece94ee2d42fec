# issubclass() with collections.abc accepts built-in types and classes with the methods; ABC.register and __subclasshook__ make virtual subclasses, as ABCMeta does.
from abc import ABC, abstractmethod
from collections.abc import Sequence, Iterable, MutableMapping, Hashable, Sized, Mapping
print(isinstance([], Sequence), issubclass(list, Sequence), issubclass(list, Iterable))
print(issubclass(dict, MutableMapping), issubclass(int, Hashable), issubclass(list, Hashable), issubclass(dict, Mapping))
class MyABC(ABC): pass
MyABC.register(int)
print(isinstance(3, MyABC), issubclass(bool, MyABC), isinstance("x", MyABC))
class HasIter:
    def __iter__(self): return iter([])
print(issubclass(HasIter, Iterable), issubclass(HasIter, Sized))
class Child(MyABC): pass
Child.register(str)
print(isinstance("s", MyABC), isinstance("s", Child), issubclass(str, (Child, float)))
class Sh(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sh:
            return hasattr(C, "shape")
        return NotImplemented
class Sq:
    shape = "square"
print(issubclass(Sq, Sh), isinstance(Sq(), Sh), isinstance(1, Sh))
class Base(ABC):
    @abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return 1
print(isinstance(Impl(), Base), issubclass(Impl, Base), issubclass(int, Base))
try:
    issubclass(3, Base)
except TypeError as e:
    print(e)
try:
    MyABC.register(3)
except TypeError as e:
    print(e)
print(MyABC.register(float) is float)
@Base.register
class Virtual: pass
print(issubclass(Virtual, Base), Virtual.__name__)
try:
    Virtual()
    Base()
except TypeError as e:
    print(e)

# A class's __dict__ (a mappingproxy) has dict's read-only methods.
class Plain:
    x = 1
d = Plain.__dict__
print(d.get('x'), d.get('zz', 5), sorted(k for k in d.keys() if not k.startswith('__')), list(d.values())[:0], type(d.items()).__name__, type(d.copy()).__name__, d.copy()["x"])
