# sys.exc_info() reports the exception being handled, and (None, None, None) outside.
import sys
print(sys.exc_info())
try:
    raise ValueError('inside')
except ValueError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value, tb is not None, tb.tb_lineno)
print(sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    raise KeyError('seen by helper')
except KeyError:
    print(repr(helper()))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
