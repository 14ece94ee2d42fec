# Multiple context managers enter left to right and exit right to left.
class Tag:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f'cannot enter {self.name}')
        print('enter', self.name)
        return self.name
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else '')
with Tag('a') as a, Tag('b') as b, Tag('c') as c:
    print('body', a, b, c)
with (
    Tag('x') as x,
    Tag('y'),
):
    print('parenthesized', x)
try:
    with Tag('first'), Tag('second', fail_enter=True), Tag('third'):
        print('not reached')
except RuntimeError as e:
    print('caught', e)
with Tag('outer'):
    with Tag('inner'):
        try:
            with Tag('innermost'):
                raise KeyError('k')
        except KeyError:
            print('handled between managers')
