"""Argument binding with CPython's messages, for functions the standard library
builds at run time (namedtuple's __new__, dataclass __init__) without exec.

Private to Threadwise's standard library.
"""

_MISSING = object()


def _names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def bind(qualname, names, defaults, args, kwargs, kwonly=(), kwdefaults=None, nself=1):
    """Values for `names` then `kwonly`, as a call `qualname(self, *args, **kwargs)` of a
    function with those parameters would bind them. `defaults` and `kwdefaults` map
    optional parameter names to their default values; `nself` is 1 when the messages
    count the receiver."""
    npos = len(names)
    values = list(args[:npos]) + [_MISSING] * (npos - len(args))
    kwvalues = [_MISSING] * len(kwonly)
    for key, value in kwargs.items():
        if key in names:
            i = names.index(key)
            if values[i] is not _MISSING:
                raise TypeError('%s() got multiple values for argument %r' % (qualname, key))
            values[i] = value
        elif key in kwonly:
            kwvalues[kwonly.index(key)] = value
        else:
            raise TypeError('%s() got an unexpected keyword argument %r' % (qualname, key))
    if len(args) > npos:
        required = sum(1 for n in names if n not in defaults)
        most = npos + nself
        given = len(args) + nself
        if required == npos:
            takes = '%d positional argument%s' % (most, '' if most == 1 else 's')
        else:
            takes = 'from %d to %d positional arguments' % (required + nself, most)
        raise TypeError('%s() takes %s but %d %s given'
                        % (qualname, takes, given, 'was' if given == 1 else 'were'))
    missing = [n for n, v in zip(names, values) if v is _MISSING and n not in defaults]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's', _names(missing)))
    kwdefaults = kwdefaults or {}
    missing = [n for n, v in zip(kwonly, kwvalues) if v is _MISSING and n not in kwdefaults]
    if missing:
        raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's', _names(missing)))
    out = [defaults[n] if v is _MISSING else v for n, v in zip(names, values)]
    out.extend(kwdefaults[n] if v is _MISSING else v for n, v in zip(kwonly, kwvalues))
    return out
