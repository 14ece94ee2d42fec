"""Data classes: @dataclass, field(), fields(), asdict(), astuple(), replace().

Written for Threadwise. Behaviour and messages follow CPython 3.11's
`dataclasses`. CPython generates the special methods as source code and execs
it; this engine has no exec, so they are closures that bind their arguments
with `_callargs` (which reproduces CPython's call errors).
"""

import sys
import copy
import _callargs
from _thread import get_ident as _get_ident

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _own(cls, name, default=None):
    d = cls.__dict__
    return d[name] if name in d else default


def _is_classvar(tp):
    typing = sys.modules.get('typing')
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    if typing is not None:
        return tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar
    return False


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    if isinstance(tp, str):
        return tp in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return tp is KW_ONLY


def _get_field(cls, name, tp, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD and (type(f.default).__hash__ is None
                                    or isinstance(f.default, (list, dict, set))):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _format_annotation(tp):
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return '%s.%s' % (tp.__module__, tp.__qualname__)
    return repr(tp)


def _signature_text(cls, std, kw):
    parts = []
    for f in std:
        text = '%s: %s' % (f.name, _format_annotation(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        parts.append(text)
    if kw:
        parts.append('*')
        for f in kw:
            text = '%s: %s' % (f.name, _format_annotation(f.type))
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += ' = %r' % (f.default,)
            parts.append(text)
    return '%s(%s)' % (cls.__name__, ', '.join(parts))


def _make_init(cls, all_fields, std, kw, frozen, has_post_init):
    qualname = cls.__qualname__ + '.__init__'
    names = tuple(f.name for f in std)
    kwnames = tuple(f.name for f in kw)
    defaults = {}
    kwdefaults = {}
    for group, target in ((std, defaults), (kw, kwdefaults)):
        for f in group:
            if f.default_factory is not MISSING:
                target[f.name] = _HAS_DEFAULT_FACTORY
            elif f.default is not MISSING:
                target[f.name] = f.default
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__ if frozen else setattr
    positional_all = not kw

    def __init__(self, *args, **kwargs):
        if positional_all and not kwargs and len(args) == len(names):
            given = dict(zip(names, args))
        else:
            values = _callargs.bind(qualname, names, defaults, args, kwargs, kwnames, kwdefaults)
            given = dict(zip(names + kwnames, values))
        for f in init_fields:
            if f._field_type is _FIELD_INITVAR:
                continue
            if f.init:
                value = given[f.name]
                if value is _HAS_DEFAULT_FACTORY:
                    value = f.default_factory()
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            setter(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[given[n] for n in initvars])

    __init__.__qualname__ = qualname
    return __init__


_repr_running = set()


def _make_repr(shown):
    def __repr__(self):
        key = (id(self), _get_ident())
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = ', '.join('%s=%r' % (n, getattr(self, n)) for n in shown)
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, body)
    return __repr__


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (tuple([getattr(self, n) for n in names])
                    == tuple([getattr(other, n) for n in names]))
        return NotImplemented
    return __eq__


def _make_order(names, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple([getattr(self, n) for n in names]),
                      tuple([getattr(other, n) for n in names]))
        return NotImplemented
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots):
    fields_map = {}
    any_frozen_base = False
    has_dataclass_bases = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_map[f.name] = f
            base_frozen = getattr(base, '__dataclass_params__').frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            if not base_frozen:
                all_frozen_bases = False
            if base_frozen:
                any_frozen_base = True

    annotations = _own(cls, '__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_get_field(cls, name, tp, kw_only))
    for f in own_fields:
        fields_map[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name in list(cls.__dict__):
        if isinstance(cls.__dict__[name], Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields_map
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = _own(cls, '__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    all_fields = list(fields_map.values())
    real = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    std = [f for f in init_fields if not f.kw_only]
    kw = [f for f in init_fields if f.kw_only]

    if init:
        seen_default = False
        for f in std:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_fields, std, kw, frozen, hasattr(cls, '__post_init__')))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f.name for f in real if f.repr]))
    compare_names = [f.name for f in real if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(compare_names))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        import operator
        for name, op in (('__lt__', operator.lt), ('__le__', operator.le),
                         ('__gt__', operator.gt), ('__ge__', operator.ge)):
            if _set_new_attribute(cls, name, _make_order(compare_names, op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        names = tuple(f.name for f in all_fields)
        setter, deleter = _make_frozen(cls, names)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    hash_names = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _make_hash(hash_names)
    elif eq and not has_explicit_hash:
        cls.__hash__ = _make_hash(hash_names) if frozen else None

    if _own(cls, '__doc__') is None:
        cls.__doc__ = _signature_text(cls, std, kw)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std))
    if slots:
        cls = _add_slots(cls, [f.name for f in real])
    return cls


def _add_slots(cls, names):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    ns = {}
    for key in list(cls.__dict__):
        if key not in names and key not in ('__dict__', '__weakref__'):
            ns[key] = cls.__dict__[key]
    ns['__slots__'] = tuple(names)
    qualname = cls.__qualname__
    new = type(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = qualname
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds generated special methods to a class with annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (no ClassVar or InitVar pseudo-fields)."""
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """A new dataclass named cls_name with the given fields."""
    ns = dict(namespace) if namespace is not None else {}
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
