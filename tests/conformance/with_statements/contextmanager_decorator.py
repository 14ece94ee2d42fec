# contextlib.contextmanager turns a generator into a context manager.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as upper:
    print('inside', upper)
    with tag('span'):
        print('nested')
try:
    with tag('p'):
        raise ValueError('inside p')
except ValueError as e:
    print('propagated', e)
@contextmanager
def ignore_errors():
    try:
        yield
    except Exception as e:
        print('ignored', type(e).__name__, e)
with ignore_errors():
    int('zz')
print('after ignore_errors')
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
