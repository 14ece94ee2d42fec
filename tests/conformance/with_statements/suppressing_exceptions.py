# An __exit__ returning a true value swallows the exception; contextlib.suppress does too.
import contextlib
class Swallow:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print('swallowed', exc_type.__name__, exc)
            return True
        return None
with Swallow(KeyError):
    {}['gone']
print('continues after suppressed KeyError')
try:
    with Swallow(KeyError):
        [][1]
except IndexError as e:
    print('IndexError escaped:', e)
with contextlib.suppress(ZeroDivisionError, ValueError):
    print('before')
    1 / 0
    print('not printed')
print('after suppress')
with contextlib.suppress(KeyError):
    print('no exception at all')
class Truthy:
    def __enter__(self):
        return 'value'
    def __exit__(self, *args):
        return 'non-empty string counts as true'
with Truthy() as v:
    raise RuntimeError(v)
print('RuntimeError suppressed by truthy return')
