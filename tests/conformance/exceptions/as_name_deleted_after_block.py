# The `except ... as e` name is unbound after the except block ends.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', repr(e))
try:
    print(e)
except NameError as err:
    print('NameError:', err)
def f():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err2:
        print('UnboundLocalError:', err2)
    return saved
print(repr(f()))
