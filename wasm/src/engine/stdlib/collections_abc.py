"""Abstract base classes for containers (`collections.abc`).

Written for Threadwise. The engine has no ABCMeta, so each class answers
`isinstance()` through a `__instancecheck__` hook: the one-method ABCs
(Iterable, Sized, Hashable, ...) test for the method, as CPython's
`__subclasshook__` does; the others accept their built-in types, registered
classes and real subclasses, and `issubclass()` the same way. The mixin
methods (Sequence.index, Mapping.get, MutableMapping.update, ...) are
provided as in CPython.
"""

from abc import ABC, abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']


_MARKER = object()


def _has(cls, *names):
    for name in names:
        for base in cls.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class _Base(ABC):
    """Shared isinstance() logic; subclasses set `_methods` and `_builtins`."""
    __slots__ = ()
    _methods = ()
    _builtins = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._abc_registry = []

    def __instancecheck__(cls, obj):
        return cls._accepts(type(obj))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        return cls._accepts(subclass)

    @classmethod
    def _accepts(cls, t):
        if cls in t.__mro__:
            return True
        if cls not in _ALL and not cls._abc_registry:
            # A program's own subclass: only real subclasses are instances.
            return False
        for c in cls._builtins + tuple(cls._abc_registry):
            if c in t.__mro__:
                return True
        for sub in cls.__subclasses_known__():
            if sub is not cls and '_builtins' in sub.__dict__ and sub._accepts(t):
                return True
        if cls._methods and '_methods' in cls.__dict__:
            return _has(t, *cls._methods)
        return False

    @classmethod
    def __subclasses_known__(cls):
        return [c for c in _ALL if cls in c.__mro__]

    @classmethod
    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass


_Base._abc_registry = []


class Hashable(_Base):
    __slots__ = ()
    _methods = ('__hash__',)

    @classmethod
    def _accepts(cls, t):
        if cls is Hashable and t in (type({}.keys()), type({}.items())):
            return False
        return super()._accepts(t)

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(_Base):
    __slots__ = ()
    _methods = ('__await__',)

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()
    _methods = ('__await__', 'send', 'throw', 'close')


class AsyncIterable(_Base):
    __slots__ = ()
    _methods = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    _methods = ('__aiter__', '__anext__')


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    _methods = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(_Base):
    __slots__ = ()
    _methods = ('__iter__',)

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    __slots__ = ()
    _methods = ('__iter__', '__next__')

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    _methods = ('__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator):
    __slots__ = ()
    _methods = ('__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')


class Sized(_Base):
    __slots__ = ()
    _methods = ('__len__',)

    @abstractmethod
    def __len__(self):
        return 0


class Container(_Base):
    __slots__ = ()
    _methods = ('__contains__',)

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    _methods = ('__len__', '__iter__', '__contains__')


class Callable(_Base):
    __slots__ = ()
    _methods = ('__call__',)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def _accepts(cls, t):
        if cls is Callable and t.__name__ in ('function', 'builtin_function_or_method', 'method', 'type',
                                              'method_descriptor', 'wrapper_descriptor',
                                              'method-wrapper'):
            return True
        return super()._accepts(t)


class Set(Collection):
    __slots__ = ()
    _builtins = (frozenset,)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return all(value not in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __hash__ = None


class MutableSet(Set):
    __slots__ = ()
    _builtins = (set,)

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __isub__(self, it):
        for value in it:
            self.discard(value)
        return self


class Mapping(Collection):
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MutableMapping(Mapping):
    __slots__ = ()
    _builtins = (dict,)

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MARKER):
        try:
            value = self[key]
        except KeyError:
            if default is _MARKER:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    __slots__ = ()
    _builtins = (type({}.keys()),)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    _builtins = (type({}.items()),)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()
    _builtins = (type({}.values()),)

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class Sequence(Reversible, Collection):
    __slots__ = ()
    _builtins = (tuple, str, range, bytes)

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()
    _builtins = (bytes,)


class MutableSequence(Sequence):
    __slots__ = ()
    _builtins = (list,)

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


_ALL = [Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable,
        Iterator, Reversible, Generator, Sized, Container, Collection, Callable, Set, MutableSet,
        Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence,
        ByteString, MutableSequence]


def _register_deque():
    from _collections import deque
    MutableSequence.register(deque)


_register_deque()
