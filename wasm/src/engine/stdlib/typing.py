"""Type hints: the names programs import from `typing`, so annotations evaluate.

Written for Threadwise. Subscripting gives alias objects with CPython 3.11's
reprs (`typing.List[int]`, `typing.Optional[str]`, `~T`) and `__origin__` /
`__args__`; nothing is checked at run time. `Generic[T]` and `Protocol[T]`
stand for the class itself, so `class Stack(Generic[T])` works; `NamedTuple`
and `TypedDict` classes are built when subclassed (the engine has no
metaclasses). `isinstance()` against typing aliases is not supported.
"""

import collections

_collections = collections

__all__ = [
    'Annotated', 'Any', 'AnyStr', 'Awaitable', 'Callable', 'ChainMap', 'ClassVar',
    'Collection', 'Container', 'Coroutine', 'Counter', 'DefaultDict', 'Deque', 'Dict',
    'Final', 'FrozenSet', 'Generator', 'Generic', 'Hashable', 'IO', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'List', 'Literal', 'Mapping', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'NamedTuple', 'NewType', 'NoReturn', 'Never',
    'Optional', 'OrderedDict', 'ParamSpec', 'Protocol', 'Reversible', 'Self',
    'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound', 'Text', 'TextIO', 'Tuple', 'Type', 'TypeAlias',
    'TypeVar', 'TypedDict', 'Union', 'ValuesView', 'TYPE_CHECKING', 'cast', 'final',
    'get_args', 'get_origin', 'get_type_hints', 'no_type_check', 'overload',
    'runtime_checkable', 'assert_never', 'reveal_type', 'LiteralString',
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _convert(arg):
    return type(None) if arg is None else arg


class _Final:
    """Base of the typing objects (not subclassable in programs)."""
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, NoReturn, ClassVar, Union, Optional, ...: `typing.<name>`, subscriptable by rule."""
    __slots__ = ('_name', '_getitem')

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError('%s is not subscriptable' % self)
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """`List[int]`, `Dict[str, T]`, ...: an origin and its arguments."""

    def __init__(self, origin, args, name=None, special=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._special = special

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self._special == 'callable' and len(self.__args__) >= 1:
            params, result = self.__args__[:-1], self.__args__[-1]
            if params == (...,):
                return '%s[..., %s]' % (name, _type_repr(result))
            return '%s[[%s], %s]' % (name, ', '.join(_type_repr(a) for a in params), _type_repr(result))
        if self._special == 'tuple' and self.__args__ == ():
            return name + '[()]'
        return '%s[%s]' % (name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None and isinstance(self.__origin__, type):
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name, self._special)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    """`List`, `Dict`, `Callable`, ... before subscription."""

    def __init__(self, origin, name, nparams=-1, special=None):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._special = special

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special == 'callable':
            if len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            args = (...,) if args is ... else tuple(_convert(a) for a in args)
            params = args + (_convert(result),)
        elif self._special == 'tuple':
            if params == ((),):
                params = ()
            params = tuple(_convert(p) for p in params)
        else:
            params = tuple(_convert(p) for p in params)
            if self._nparams >= 0 and len(params) != self._nparams:
                raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                                % ('many' if len(params) > self._nparams else 'few',
                                   self, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._special)

    def __call__(self, *args, **kwargs):
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, self.__origin__.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % self)


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in params:
        p = _convert(p)
        items = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(form, param):
    return Union[param, None]


def _one(form, param):
    return _GenericAlias(form, (_convert(param),), form._name)


def _many(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(form, params, form._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _one)
Final = _SpecialForm('Final', _one)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _many)
Annotated = _SpecialForm('Annotated', _many)
Concatenate = _SpecialForm('Concatenate', _many)
TypeGuard = _SpecialForm('TypeGuard', _one)


class TypeVar(_Final):
    """A type variable: `T = TypeVar('T')`, shown as `~T`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = self
        self.kwargs = self

    def __repr__(self):
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class Generic:
    """Base for generic classes: `class Stack(Generic[T])`; `Stack[int]` is `Stack`."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        # The class itself stands for its parameterised form, so it can be a base.
        return cls

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


class Protocol(Generic):
    """Base for structural types; isinstance() checks against it use the MRO only."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def _alias(origin, name, nparams=-1, special=None):
    return _SpecialGenericAlias(origin, name, nparams, special)


List = _alias(list, 'List', 1)
Dict = _alias(dict, 'Dict', 2)
Set = _alias(set, 'Set', 1)
FrozenSet = _alias(frozenset, 'FrozenSet', 1)
Tuple = _alias(tuple, 'Tuple', -1, 'tuple')
Type = _alias(type, 'Type', 1)
Callable = _alias(type(len), 'Callable', -1, 'callable')
Deque = _alias(collections.deque, 'Deque', 1)
DefaultDict = _alias(collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _alias(collections.OrderedDict, 'OrderedDict', 2)
Counter = _alias(collections.Counter, 'Counter', 1)
ChainMap = _alias(collections.ChainMap, 'ChainMap', 2)
Iterable = _alias(object, 'Iterable', 1)
Iterator = _alias(object, 'Iterator', 1)
Reversible = _alias(object, 'Reversible', 1)
Generator = _alias(object, 'Generator', 3)
AsyncIterable = _alias(object, 'AsyncIterable', 1)
AsyncIterator = _alias(object, 'AsyncIterator', 1)
AsyncGenerator = _alias(object, 'AsyncGenerator', 2)
Awaitable = _alias(object, 'Awaitable', 1)
Coroutine = _alias(object, 'Coroutine', 3)
Sequence = _alias(object, 'Sequence', 1)
MutableSequence = _alias(object, 'MutableSequence', 1)
Mapping = _alias(object, 'Mapping', 2)
MutableMapping = _alias(object, 'MutableMapping', 2)
AbstractSet = _alias(object, 'AbstractSet', 1)
MutableSet = _alias(object, 'MutableSet', 1)
Collection = _alias(object, 'Collection', 1)
Container = _alias(object, 'Container', 1)
KeysView = _alias(object, 'KeysView', 1)
ItemsView = _alias(object, 'ItemsView', 2)
ValuesView = _alias(object, 'ValuesView', 1)
Hashable = _alias(object, 'Hashable', 0)
Sized = _alias(object, 'Sized', 0)
ContextManager = _alias(object, 'ContextManager', 1)
AsyncContextManager = _alias(object, 'AsyncContextManager', 1)
Pattern = _alias(object, 'Pattern', 1)
Match = _alias(object, 'Match', 1)
IO = _alias(object, 'IO', 1)
TextIO = _alias(object, 'TextIO', 0)
BinaryIO = _alias(object, 'BinaryIO', 0)
SupportsInt = _alias(object, 'SupportsInt', 0)
SupportsFloat = _alias(object, 'SupportsFloat', 0)
SupportsIndex = _alias(object, 'SupportsIndex', 0)
SupportsAbs = _alias(object, 'SupportsAbs', 1)
SupportsRound = _alias(object, 'SupportsRound', 1)


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    sys.stderr.write('Runtime type is %r\n' % type(obj).__name__)
    return obj


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if getattr(tp, '_special', None) == 'callable' and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (along the MRO for classes); string annotations stay strings."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__['__annotations__'] if '__annotations__' in base.__dict__ else {}
            for name, value in ann.items():
                hints[name] = type(None) if value is None else value
        return hints
    ann = getattr(obj, '__annotations__', None) or {}
    for name, value in ann.items():
        hints[name] = type(None) if value is None else value
    return hints


class NewType:
    """A distinct name for a type; calling it returns the argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x


class NamedTuple(tuple):
    """Typed namedtuple: `class P(NamedTuple): x: int`, or `NamedTuple('P', [('x', int)])`."""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls)
        if fields is None:
            fields = list(kwargs.items())
        nt = _collections.namedtuple(typename, [name for name, _ in fields])
        nt.__annotations__ = {name: tp for name, tp in fields}
        return nt

    def __init_subclass__(cls, **kwargs):
        own = cls.__dict__
        annotations = own['__annotations__'] if '__annotations__' in own else {}
        names = list(annotations)
        defaults = []
        for name in names:
            if name in own:
                defaults.append(own[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, 's' if len(defaults) > 1 else '',
                                   ', '.join(names[:len(defaults)])))
        template = _collections.namedtuple(cls.__name__, names, defaults=defaults or None)
        for key in ('__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__',
                    '_fields', '_field_defaults', '__match_args__'):
            if key in own and key not in ('__new__',) and key not in names:
                continue
            value = template.__dict__[key]
            if key == '__new__':
                value = staticmethod(value)
            setattr(cls, key, value)
        for name in names:
            setattr(cls, name, template.__dict__[name])


class TypedDict(dict):
    """`class Movie(TypedDict): name: str`: instances are dicts of those keys."""

    def __new__(cls, typename=None, fields=None, /, *, total=True, **kwargs):
        if cls is not TypedDict:
            return dict.__new__(cls)
        if fields is None:
            fields = kwargs
        return type(typename, (TypedDict,), {'__annotations__': dict(fields), '__total__': total})

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total
