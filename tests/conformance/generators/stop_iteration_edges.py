"""StopIteration edge cases: iter(callable, sentinel) ends on it, throw() into a fresh generator and a raise inside one become RuntimeError from it, and hidden helpers stay out of tb_next."""
import sys, traceback
def g():
    yield 1
    yield 2
print(list(iter(g().__next__, 99)))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
try:
    g().throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__suppress_context__)
except StopIteration:
    print("StopIteration")
def bad():
    yield 1
    raise KeyError
for consume in (sum, list, lambda it: "".join(map(str, it)), lambda it: print(*it)):
    try:
        consume(bad())
    except KeyError:
        tb = sys.exc_info()[2]
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(names)
def g():
    yield 1
    raise StopIteration
x = g()
next(x)
try:
    next(x)
except RuntimeError as e:
    print(e.__suppress_context__, type(e.__cause__).__name__)
