# Future states through a manual lifecycle, with the state part of each repr.
from concurrent.futures import Future, CancelledError, InvalidStateError
import concurrent.futures


def state(f):
    text = repr(f)
    return text[:8] + " " + text.split(" state=")[1]


f = Future()
print(state(f), f.running(), f.done())
print("start running:", f.set_running_or_notify_cancel(), state(f), f.running())
print("cancel a running future:", f.cancel())
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), f.done())
g = Future()
g.set_exception(OSError("disk"))
print(state(g), repr(g.exception()))
h = Future()
print("cancel:", h.cancel(), h.cancel(), state(h))
print("notify cancelled:", h.set_running_or_notify_cancel(), state(h))
for action in (h.result, h.exception):
    try:
        action()
    except CancelledError as exc:
        print(action.__name__, "->", type(exc).__name__, repr(exc))
try:
    h.set_result(1)
except InvalidStateError as exc:
    print("InvalidStateError starts with:", str(exc).split(":")[0])
try:
    Future().result(timeout=0)
except TimeoutError as exc:
    print("result(timeout=0):", repr(exc), concurrent.futures.TimeoutError is TimeoutError)
print([c.__name__ for c in CancelledError.__mro__], [c.__name__ for c in InvalidStateError.__mro__])
print(concurrent.futures.BrokenExecutor.__mro__[1].__name__, CancelledError.__module__)
