# __enter__'s return value binds to `as`; __exit__ runs on normal exit and on errors.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Resource('db') as handle:
    print('using', handle)
try:
    with Resource('file') as h:
        print('about to fail')
        raise ValueError('failure inside with')
        print('unreachable')
except ValueError as e:
    print('caught outside:', e)
def early():
    with Resource('early'):
        return 'returned from inside with'
print(early())
for i in range(2):
    with Resource(f'loop{i}'):
        if i == 0:
            continue
        break
