# A bare Future's states: pending, cancel, set_result, set_exception, and timeouts.
from concurrent.futures import Future, CancelledError, TimeoutError as FuturesTimeout
from concurrent.futures import InvalidStateError

f = Future()
print("pending:", f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.05)
except FuturesTimeout as exc:
    print("timeout:", type(exc).__name__, FuturesTimeout is TimeoutError)
print("cancel:", f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except CancelledError as exc:
    print("result of cancelled:", type(exc).__name__)

f = Future()
f.set_result("value")
print("set_result:", f.result(), f.exception(), f.cancel())
try:
    f.set_result("again")
except InvalidStateError:
    print("set_result twice: InvalidStateError")

f = Future()
f.set_exception(KeyError("missing"))
print("set_exception:", repr(f.exception()))
