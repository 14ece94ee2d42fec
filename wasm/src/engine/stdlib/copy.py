"""Shallow and deep copies: copy(x), deepcopy(x, memo).

Written for Threadwise. Follows CPython 3.11's `copy`: `__copy__` and
`__deepcopy__` hooks, `__getnewargs__`, `__getstate__`/`__setstate__`, a
user-defined `__reduce_ex__`/`__reduce__`, and a memo for shared and cyclic
structures. Instances are rebuilt with `cls.__new__(cls)` plus their state, as
pickle protocol 2 does.
"""

from _collections import deque as _deque
from _thread import _local

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0),
           property)


def _is_atomic(x):
    cls = type(x)
    if cls in _atomic:
        return True
    # Classes, functions, methods and modules are shared, never copied.
    return isinstance(x, type) or cls.__name__ in (
        'function', 'builtin_function_or_method', 'method', 'module', 'weakref', 'code',
        'method_descriptor', 'wrapper_descriptor', 'method-wrapper')


def _type_name(cls):
    text = repr(cls)
    return text[8:-2] if text.startswith("<class '") else cls.__name__


def _class_attr(cls, name):
    """A class attribute defined in Python somewhere along the MRO, or None."""
    for c in cls.__mro__:
        if c is object:
            return None
        if name in c.__dict__:
            return c.__dict__[name]
    return None


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        if '__slots__' in c.__dict__:
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name not in ('__dict__', '__weakref__') and name not in names:
                    names.append(name)
    return names


_builtin_bases = (list, dict, set, tuple, frozenset, int, float, str, bytes)


def _base_of(cls):
    for base in cls.__mro__:
        if base in _builtin_bases:
            return base
    return None


def _state_of(x):
    getstate = _class_attr(type(x), '__getstate__')
    if getstate is not None:
        return getstate(x)
    state = dict(x.__dict__) if hasattr(x, '__dict__') else None
    slots = {}
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            slots[name] = getattr(x, name)
    if slots:
        return (state, slots)
    return state


def _set_state(y, state, deep, memo):
    if deep and state is not None:
        state = deepcopy(state, memo)
    setstate = _class_attr(type(y), '__setstate__')
    if setstate is not None:
        setstate(y, state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, deep, memo):
    cls = type(x)
    if isinstance(x, _local):
        # Each thread sees its own attributes: there is no one state to copy.
        raise TypeError("cannot pickle '%s' object"
                        % ("_thread._local" if cls is _local else cls.__name__))
    reductor = _class_attr(cls, '__reduce_ex__') or _class_attr(cls, '__reduce__')
    if reductor is not None:
        rv = reductor(x, 4) if _class_attr(cls, '__reduce_ex__') else reductor(x)
        return _from_reduce(x, rv, deep, memo)
    base = _base_of(cls)
    if not hasattr(x, '__dict__') and not _slot_names(cls) and base is None:
        raise TypeError("cannot pickle '%s' object" % _type_name(cls))
    getnewargs = _class_attr(cls, '__getnewargs__')
    if getnewargs is not None:
        args = getnewargs(x)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif base in (tuple, frozenset, int, float, str, bytes):
        value = base(x)
        if deep:
            value = deepcopy(value, memo)
        y = cls.__new__(cls, value)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if base is list:
        items = list(x)
        list.extend(y, deepcopy(items, memo) if deep else items)
    elif base is dict:
        for key, value in dict.items(x):
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif base is set:
        set.update(y, deepcopy(list(x), memo) if deep else x)
    _set_state(y, _state_of(x), deep, memo)
    return y


def _from_reduce(x, rv, deep, memo):
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, deep, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in (list, dict, set):
        return x.copy()
    if cls in (tuple, frozenset) or _is_atomic(x):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple may already have been copied while copying its items.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif isinstance(x, _deque):
            y = cls(deepcopy(list(x), memo), x.maxlen)
        else:
            y = _reconstruct(x, True, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y
