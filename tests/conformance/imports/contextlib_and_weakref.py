# contextlib.contextmanager/suppress/nullcontext and weakref.ref to a live and a dead object.
import contextlib
import weakref
with contextlib.nullcontext('value') as v:
    print(v)
class Resource:
    pass
r = Resource()
ref = weakref.ref(r)
print(ref() is r, type(ref).__name__)
del r
print(ref())
@contextlib.contextmanager
def opened(name):
    print('open', name)
    yield name
    print('close', name)
with opened('a') as a, opened('b') as b:
    print('using', a, b)
with contextlib.ExitStack() as stack:
    for n in ('x', 'y'):
        stack.enter_context(opened(n))
    print('inside exit stack')
