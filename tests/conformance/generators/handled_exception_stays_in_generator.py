"""A generator paused inside an except block keeps its exception to itself: sys.exc_info(), bare raise and __context__ in its caller are the caller's own."""
import sys
def h():
    try:
        raise IndexError("inner")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = h()
print(next(g), sys.exc_info()[0])
try:
    raise KeyError("outer")
except KeyError:
    print(next(g), sys.exc_info()[0].__name__)
print(next(g), sys.exc_info()[0])
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def k():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
for consume in (list, sum, lambda it: [x for x in it], any):
    consume(k())
    print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    g2 = k()
    next(g2)
    print(sys.exc_info()[0].__name__)
    try:
        raise OSError("new")
    except OSError as e:
        print(type(e.__context__).__name__)
print(sys.exc_info())
def closing():
    try:
        yield 1
    finally:
        print("in finally", sys.exc_info()[0].__name__)
c = closing()
next(c)
c.close()
print(sys.exc_info())
