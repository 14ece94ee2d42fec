# A decorator on a method receives self among the arguments, and works with classmethod.
import functools
def require_open(method):
    @functools.wraps(method)
    def wrapper(self, *args):
        if not self.is_open:
            raise RuntimeError(f'{method.__name__} on closed {type(self).__name__}')
        return method(self, *args)
    return wrapper
class Door:
    def __init__(self):
        self.is_open = False
    @require_open
    def walk_through(self, who):
        return f'{who} walked through'
d = Door()
try:
    d.walk_through('ann')
except RuntimeError as e:
    print('RuntimeError', e)
d.is_open = True
print(d.walk_through('ann'))
def announce(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print('announce', fn.__name__)
        return fn(*args)
    return wrapper
class Factory:
    @classmethod
    @announce
    def make(cls):
        return cls.__name__
    @staticmethod
    @announce
    def helper(x):
        return x + 1
print(Factory.make(), Factory.helper(1))
