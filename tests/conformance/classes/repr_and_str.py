# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return 'Both(repr)'
    def __str__(self):
        return 'Both(str)'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'StrOnly(str)'
b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {'k': b})
print(f'{b} {b!r} {b!s} {r}')
print('%s %r' % (b, b))
print('{} {!r}'.format(b, b))
print(str(StrOnly()))
print(format(b), format(r))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
print(repr('text'), str('text'), repr(1.0), repr(None))
