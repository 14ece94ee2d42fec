# User-defined exceptions: args, custom __init__ and __str__, and hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f'{name} not found')
        self.name = name
class Detailed(AppError):
    def __init__(self, code, reason):
        self.code = code
        self.reason = reason
    def __str__(self):
        return f'[{self.code}] {self.reason}'
for exc in (AppError('plain'), NotFound('user'), Detailed(404, 'gone')):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
try:
    raise NotFound('file')
except NotFound as e:
    print(e.name, isinstance(e, AppError), isinstance(e, Exception))
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('x')), str(WithRepr('x')))
print([c.__name__ for c in NotFound.__mro__])
