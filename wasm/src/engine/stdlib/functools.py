"""Higher-order functions: partial application, wrappers, caches, orderings.

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`functools`; its C parts (partial, the lru_cache wrapper, cmp_to_key) are
plain Python here.
"""

from _collections import _generic_alias


__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce", "partial",
    "partialmethod", "singledispatch", "singledispatchmethod", "cached_property",
]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped`: copies its name, doc, etc., and links it."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_MISSING = object()


def reduce(function, sequence, initial=_MISSING):
    """Folds `sequence` from the left with a two-argument `function`."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _MISSING:
        try:
            acc = next(items)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        acc = initial
    for item in items:
        acc = function(acc, item)
    return acc


class partial:
    """A callable that calls `func` with some arguments already supplied."""

    __slots__ = ("_func", "_args", "_keywords", "__dict__", "__weakref__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a plain partial (one with no attributes of its own) is flattened.
        if isinstance(func, partial) and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        object.__setattr__(self, "_func", func)
        object.__setattr__(self, "_args", tuple(args))
        object.__setattr__(self, "_keywords", keywords)
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._keywords

    def __setattr__(self, name, value):
        if name in ("func", "args", "keywords", "_func", "_args", "_keywords"):
            raise AttributeError("readonly attribute")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ("func", "args", "keywords", "_func", "_args", "_keywords"):
            raise AttributeError("readonly attribute")
        object.__delattr__(self, name)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(a) for a in self._args)
        parts.extend(f"{k}={v!r}" for k, v in self._keywords.items())
        cls = type(self)
        name = "functools.partial" if cls is partial else cls.__name__
        return f"{name}({', '.join(parts)})"

    __class_getitem__ = classmethod(_generic_alias)


class partialmethod:
    """Like partial, but for methods: binds as a method when looked up on an instance."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(parts))

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        method = self

        def unbound(cls_or_self, /, *args, **keywords):
            keywords = {**method.keywords, **keywords}
            return method.func(cls_or_self, *method.args, *args, **keywords)
        return unbound.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ---- total_ordering --------------------------------------------------------

def _gt_from_lt(self, other):
    "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b)."
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b)."
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    "Return a >= b.  Computed by @total_ordering from (not a < b)."
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b)."
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b)."
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    "Return a > b.  Computed by @total_ordering from (not a <= b)."
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b)."
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b)."
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    "Return a <= b.  Computed by @total_ordering from (not a > b)."
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b)."
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b)."
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    "Return a < b.  Computed by @total_ordering from (not a >= b)."
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


# For each root operation a class may define, the ones derived from it.
_DERIVED = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparisons from one of them."""
    defined = [op for op in _DERIVED
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # CPython picks the alphabetically greatest root: __lt__ > __le__ > __gt__ > __ge__.
    root = max(defined)
    for name, func in _DERIVED[root]:
        if name not in defined:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# ---- cmp_to_key ------------------------------------------------------------

class KeyWrapper:
    """Turns an old-style comparison function into a sort key."""

    __slots__ = ("cmp", "obj")

    def __init__(self, cmp, obj=_MISSING):
        self.cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _other(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return other.obj

    def __lt__(self, other):
        return self.cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self.cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, self._other(other)) >= 0

    def __hash__(self):
        # CPython's C type is named "functools.KeyWrapper" in this message.
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Converts a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ---- lru_cache -------------------------------------------------------------

class _CacheInfo(tuple):
    """(hits, misses, maxsize, currsize), like CPython's namedtuple CacheInfo."""

    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)

    def _asdict(self):
        return {"hits": self[0], "misses": self[1], "maxsize": self[2], "currsize": self[3]}


_CacheInfo.__name__ = "CacheInfo"
_CacheInfo.__qualname__ = "CacheInfo"

_KWD_MARK = object()


def _cache_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(a) for a in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator that memoises a function, keeping the `maxsize` most recent results."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache.
        user_function, maxsize = maxsize, 128
        return _make_cached(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _make_cached(user_function, maxsize, typed)
    return decorating_function


class _lru_cache_wrapper:
    """A memoising wrapper around a function (what lru_cache returns)."""

    __slots__ = ("_function", "_maxsize", "_typed", "_store", "_hits", "_misses",
                 "__dict__", "__weakref__")

    def __init__(self, user_function, maxsize, typed):
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._store = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        store = self._store
        key = _cache_key(args, kwds, self._typed)
        result = store.get(key, _MISSING)
        if result is not _MISSING:
            if maxsize is not None:
                # A hit becomes the most recent entry: dicts keep insertion order.
                del store[key]
                store[key] = result
            self._hits += 1
            return result
        self._misses += 1
        result = self._function(*args, **kwds)
        if maxsize is None:
            # Unbounded, CPython stores every result: a call that filled the
            # entry while this one ran is overwritten.
            store[key] = result
            return result
        if key in store:
            # Bounded, CPython keeps what another call stored while this one ran.
            return result
        if maxsize is not None and len(store) >= maxsize:
            del store[next(iter(store))]
        store[key] = result
        return result

    def __get__(self, obj, objtype=None):
        # Like a function: looked up on an instance, it binds as a method.
        if obj is None:
            return self
        return type(_method_maker)(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._store))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._store.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _MethodMaker:
    def method(self):
        pass


# A bound method, whose type builds bound methods: method(func, obj).
_method_maker = _MethodMaker().method


def _make_cached(user_function, maxsize, typed):
    return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property -------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        import threading
        self.lock = threading.RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        value = store.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            # 3.11 serialises the first computation across threads with one lock.
            with self.lock:
                value = store.get(self.attrname, _NOT_FOUND)
                if value is _NOT_FOUND:
                    value = self.func(instance)
                    store[self.attrname] = value
        return value

    __class_getitem__ = classmethod(_generic_alias)


# ---- singledispatch --------------------------------------------------------

def singledispatch(func):
    """Makes `func` a generic function dispatching on its first argument's type."""
    registry = {}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return registry[object]

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class.")
            func = cls
            annotations = getattr(func, "__annotations__", {})
            hints = [v for k, v in annotations.items() if k != "return"]
            if not hints:
                raise TypeError(
                    f"Invalid first argument to `register()`: {func!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.")
            cls = hints[0]
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {next(iter(annotations))!r}. "
                                f"{cls!r} is not a class.")
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = lambda: None
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        method_owner = self

        def _method(*args, **kwargs):
            method = method_owner.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
