"""String constants, capwords() and $-substitution Templates.

Written for Threadwise; behaviour follows CPython 3.11's `string`. Templates
are parsed by hand (there is no `re` here): `$name`, `${name}` and `$$`, with
ASCII identifiers and a `delimiter` class attribute; a custom `idpattern` or
`pattern` is not supported.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalises each word of s (split on sep) and joins them with sep or a space."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_id_start = frozenset(ascii_letters + '_')
_id_rest = frozenset(ascii_letters + digits + '_')


def _identifier_at(text, i):
    """End of the identifier starting at i, or i when there is none."""
    if i < len(text) and text[i] in _id_start:
        j = i + 1
        while j < len(text) and text[j] in _id_rest:
            j += 1
        return j
    return i


class Template:
    """A string with $-placeholders: substitute() and safe_substitute()."""

    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _parts(self):
        """(kind, text, start) pieces: 'text', 'escaped', 'named', 'invalid'."""
        text = self.template
        delim = self.delimiter
        n = len(delim)
        out = []
        pos = 0
        i = text.find(delim)
        while i != -1:
            if i > pos:
                out.append(('text', text[pos:i], pos))
            j = i + n
            if text.startswith(delim, j):
                out.append(('escaped', delim, i))
                pos = j + n
            else:
                end = _identifier_at(text, j)
                if end > j:
                    out.append(('named', text[j:end], i))
                    pos = end
                elif text.startswith('{', j) and _identifier_at(text, j + 1) > j + 1 \
                        and text.startswith('}', _identifier_at(text, j + 1)):
                    end = _identifier_at(text, j + 1)
                    out.append(('braced', text[j + 1:end], i))
                    pos = end + 1
                else:
                    out.append(('invalid', delim, j))
                    pos = j
            i = text.find(delim, pos)
        if pos < len(text):
            out.append(('text', text[pos:], pos))
        return out

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, text, start in self._parts():
            if kind in ('named', 'braced'):
                out.append('%s' % (mapping[text],))
            elif kind == 'invalid':
                self._invalid(start)
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, text, start in self._parts():
            if kind in ('named', 'braced'):
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    out.append(self.delimiter + (text if kind == 'named' else '{' + text + '}'))
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _ in self._parts())

    def get_identifiers(self):
        ids = []
        for kind, text, start in self._parts():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
            elif kind == 'invalid':
                raise ValueError('Unrecognized named group in pattern')
        return ids


class Formatter:
    """str.format() as a class; subclasses may override the hooks."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))
