# traceback.extract_tb/extract_stack give FrameSummary objects (tuple-like, with columns for tracebacks only); format_list renders them.
import sys
import traceback

HERE = __file__


def show(text):
    print(text.replace(HERE, "main.py"), end="")


def inner():
    return traceback.extract_stack()


def outer():
    return inner()


stack = outer()
print(type(stack).__name__, len(stack))
for frame in stack:
    print(repr(frame).replace(HERE, "main.py"), frame.lineno, frame.name, repr(frame.line), frame.colno)
print(stack[-1] == (HERE, 13, "inner", "return traceback.extract_stack()"))
filename, lineno, name, line = stack[-1]
print(lineno, name, line, len(stack[-1]), stack[-1][2])
show("".join(stack.format()))


def parse(text):
    return 1 + int(text)


try:
    parse("x")
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [f.name for f in tb], tb[-1].colno, tb[-1].end_colno, tb[-1].end_lineno)
    show("".join(tb.format()))
    show("".join(traceback.format_list(tb)))
    print(traceback.extract_tb(e.__traceback__, limit=1)[0].name)
    print([f.name for f in traceback.extract_tb(e.__traceback__, limit=-1)])
print("".join(traceback.format_list([("a.py", 1, "x", "pass")])), end="")
print([f.name for f in traceback.extract_stack(sys._getframe(), limit=1)])
print(traceback.StackSummary.from_list([("a.py", 2, "y", "z = 1")]))
summary = traceback.FrameSummary("a.py", 4, "h", line="  q = 2  ")
print(summary, repr(summary.line), summary.locals)
traceback.print_list([("b.py", 1, "k", "k()")], file=sys.stdout)


def recurse(n):
    if n == 0:
        return traceback.extract_stack()
    return recurse(n - 1)


show("".join(recurse(6).format()))
