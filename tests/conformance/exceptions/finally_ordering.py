# finally runs on normal exit, on exceptions, on return, break and continue.
def trace(kind):
    try:
        print('try', kind)
        if kind == 'raise':
            raise ValueError(kind)
        if kind == 'return':
            return 'returned'
        print('end of try', kind)
    except ValueError as e:
        print('except', e)
    else:
        print('else', kind)
    finally:
        print('finally', kind)
    return 'fell through'
for kind in ('normal', 'raise', 'return'):
    print('->', trace(kind))
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def nested():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError:
        print('outer except')
    finally:
        print('outer finally')
nested()
