"""Abstract base classes: ABC and @abstractmethod.

Written for Threadwise. The engine has no custom metaclasses, so ABC does its
work in `__init_subclass__` (collecting `__abstractmethods__`, starting the
class's registry) and `__new__` (refusing to instantiate a class that still
has abstract methods, with CPython 3.11's message). `isinstance()` and
`issubclass()` call a class's own `__instancecheck__`/`__subclasscheck__`,
where ABCMeta's would be: `__subclasshook__`, then real subclasses, then
registered classes and those of the ABC's subclasses, as in CPython.
`class X(metaclass=ABCMeta)` raises the engine's NotImplementedError for
custom metaclasses; subclass ABC instead.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it before they can be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return getattr(value, '__isabstractmethod__', False) is True


def abstractclassmethod(callable):
    """Deprecated spelling of @classmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated spelling of @staticmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _class_attr(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c.__dict__[name]
    return None


def update_abstractmethods(cls):
    """Recomputes `cls.__abstractmethods__` from its namespace and its bases'."""
    abstracts = set()
    for name in cls.__dict__:
        if _is_abstract(cls.__dict__[name]):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(_class_attr(cls, name)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    """Stands in for CPython's ABCMeta; using it as a metaclass is not supported here."""

    def register(cls, subclass):
        return subclass


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    verdict = cls.__subclasshook__(subclass)
    if verdict is not NotImplemented:
        return verdict
    if cls in subclass.__mro__:
        return True
    # Registered classes, then the ABC's own subclasses (and what they registered).
    for other in cls.__dict__.get('_abc_registry', ()):
        if issubclass(subclass, other):
            return True
    for child in cls.__dict__.get('_abc_children', ()):
        if issubclass(subclass, child):
            return True
    return False


class ABC:
    """Helper base class: subclasses may declare @abstractmethod methods."""
    __slots__ = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        update_abstractmethods(cls)
        cls._abc_registry = []
        cls._abc_children = []
        for base in cls.__bases__:
            children = base.__dict__.get('_abc_children')
            if children is not None:
                children.append(cls)

    def __instancecheck__(cls, instance):
        return cls in type(instance).__mro__ or _abc_subclasscheck(cls, type(instance))

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        base_new = super().__new__
        if base_new is object.__new__:
            return base_new(cls)
        return base_new(cls, *args, **kwargs)

    @classmethod
    def register(cls, subclass):
        """Makes `subclass` a virtual subclass: isinstance() and issubclass() accept it."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass


ABC._abc_registry = []
ABC._abc_children = []


def get_cache_token():
    return 0
