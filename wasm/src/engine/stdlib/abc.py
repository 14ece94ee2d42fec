"""Abstract base classes: ABC and @abstractmethod.

Written for Threadwise. The engine has no custom metaclasses, so ABC does its
work in `__init_subclass__` (collecting `__abstractmethods__`) and `__new__`
(refusing to instantiate a class that still has abstract methods, with
CPython 3.11's message). `class X(metaclass=ABCMeta)` raises the engine's
NotImplementedError for custom metaclasses; subclass ABC instead.
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


class ABC:
    """Helper base class: subclasses may declare @abstractmethod methods."""
    __slots__ = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        update_abstractmethods(cls)

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
        return subclass


def get_cache_token():
    return 0
