"""Weak references: refs, proxies, weak containers and finalizers.

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`weakref`. Objects die when their last strong reference goes, as in CPython
(objects caught in reference cycles are never freed here). Callbacks, and so
`finalize`, work for instances of classes, functions and classes. The weak
containers drop dead entries whenever they are used. `WeakMethod` is not a
subclass of `ref` here.
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ProxyType:
    """Stands for its referent: attribute access and operators go through to it."""

    __slots__ = ("_ref",)

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            r = ref(obj, lambda _, p=self: callback(p))
        object.__setattr__(self, "_ref", r)

    def _target(self):
        obj = object.__getattribute__(self, "_ref")()
        if obj is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %#x; %s>" % (
            id(self), "dead" if obj is None else "to '%s' at %#x" % (type(obj).__name__, id(obj)))

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._target(self)[key]

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __ne__(self, other):
        return ProxyType._target(self) != other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __sub__(self, other):
        return ProxyType._target(self) - other

    def __mul__(self, other):
        return ProxyType._target(self) * other

    __hash__ = None


class CallableProxyType(ProxyType):
    """A proxy of a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    """A proxy that uses `object` through a weak reference."""
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


class WeakMethod:
    """A weak reference to a bound method: alive while its object and function are."""

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self._obj_ref = ref(obj)
        self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class _KeyRef:
    """A dict key standing for an object through a weak reference.

    It keeps the object's hash, so it can still be found (and removed) after
    the object dies; while both are alive, two keys are equal when their
    objects are.
    """

    __slots__ = ("ref", "hash")

    def __init__(self, obj):
        self.ref = ref(obj)
        self.hash = hash(obj)

    def __hash__(self):
        return self.hash

    def __eq__(self, other):
        if not isinstance(other, _KeyRef):
            return NotImplemented
        if self is other:
            return True
        a = self.ref()
        b = other.ref()
        if a is None or b is None:
            return False
        return a is b or a == b


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _purge(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            r = self.data[key]
        except KeyError:
            return default
        o = r()
        return default if o is None else o

    def items(self):
        for k, r in list(self.data.items()):
            v = r()
            if v is not None:
                yield k, v

    def keys(self):
        for k, r in list(self.data.items()):
            if r() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        for r in list(self.data.values()):
            yield r

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for r in list(self.data.values()):
            obj = r()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, r = self.data.popitem()
            o = r()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self.data[key] = ref(default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _purge(self):
        dead = [k for k in self.data if k.ref() is None]
        for k in dead:
            del self.data[k]

    def __delitem__(self, key):
        del self.data[_KeyRef(key)]

    def __getitem__(self, key):
        return self.data[_KeyRef(key)]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[_KeyRef(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            return self.data.get(_KeyRef(key), default)
        except TypeError:
            return default

    def __contains__(self, key):
        try:
            wr = _KeyRef(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for k, value in list(self.data.items()):
            key = k.ref()
            if key is not None:
                yield key, value

    def keys(self):
        for k in list(self.data):
            obj = k.ref()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for k, value in list(self.data.items()):
            if k.ref() is not None:
                yield value

    def keyrefs(self):
        return [k.ref for k in self.data]

    def popitem(self):
        while True:
            k, value = self.data.popitem()
            o = k.ref()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(_KeyRef(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(_KeyRef(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if len(kwargs):
            self.update(kwargs)


class WeakSet:
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _purge(self):
        dead = [k for k in self.data if k.ref() is None]
        for k in dead:
            self.data.discard(k)

    def __iter__(self):
        for k in list(self.data):
            item = k.ref()
            if item is not None:
                yield item

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = _KeyRef(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        self._purge()
        return repr(set(k.ref for k in self.data)) if self.data else "set()"

    def add(self, item):
        self.data.add(_KeyRef(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                k = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = k.ref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(_KeyRef(item))

    def discard(self, item):
        self.data.discard(_KeyRef(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        for element in other:
            self.discard(element)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)


class finalize:
    """Calls `func(*args, **kwargs)` once: when `obj` dies, when called, or at exit."""

    _registry = {}
    _shutdown = False
    _index_iter = [0]
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _at_exit(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = _FinalizerInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index_iter[0] += 1
        info.index = finalize._index_iter[0]
        self._registry[self] = info

    def __call__(self, _=None):
        """Runs the callback now if it has not run yet; returns its result."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Cancels the finalizer; returns (obj, func, args, kwargs) if it was alive."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # Finalizers still alive at exit run newest first.
        try:
            pending = sorted(((i.index, f) for f, i in cls._registry.items() if i.atexit),
                             reverse=True)
            for _, f in pending:
                info = cls._registry.get(f)
                if info is not None and info.atexit:
                    f()
        finally:
            cls._shutdown = True


class _FinalizerInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


def _at_exit(func):
    try:
        import atexit
        atexit.register(func)
    except ImportError:
        import threading
        threading._register_atexit(func)
