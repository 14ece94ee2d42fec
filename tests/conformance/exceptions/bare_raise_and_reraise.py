# A bare raise re-raises the exception being handled; outside a handler it is a RuntimeError.
def handler():
    try:
        int('nope')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    handler()
except ValueError as e:
    print('caller got', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def modify_and_reraise():
    try:
        raise KeyError('a')
    except KeyError as e:
        e.args = ('changed',)
        raise
try:
    modify_and_reraise()
except KeyError as e:
    print(repr(e))
try:
    raise 'string'
except TypeError as e:
    print('TypeError', e)
try:
    raise int
except TypeError as e:
    print('TypeError', e)
