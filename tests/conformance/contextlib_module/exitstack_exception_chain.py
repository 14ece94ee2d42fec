# ExitStack: an exception raised by one exit callback becomes the context of the next, like nested with blocks.
import contextlib


def raiser(message):
    def callback():
        raise ValueError(message)
    return callback


try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser("outer"))
        stack.callback(raiser("inner"))
        raise KeyError("body")
except ValueError as exc:
    print("final:", exc)
    print("context:", repr(exc.__context__))
    print("context of context:", repr(exc.__context__.__context__))
    print("body's context:", exc.__context__.__context__.__context__)
with contextlib.ExitStack() as stack:
    stack.callback(print, "runs even though the next one raises")

    def fail():
        raise IndexError("idx")
    stack.callback(fail)
    stack.push(lambda *exc: isinstance(exc[1], IndexError))
print("an earlier exit can still suppress a later callback's error")
with contextlib.ExitStack() as stack:
    stack.callback(raiser("uncaught from the stack"))
