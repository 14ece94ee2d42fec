# ExitStack: enter_context, callback with arguments, push of exit functions, reverse order, pop_all and close.
import contextlib

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f"open {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False


with contextlib.ExitStack() as stack:
    names = [stack.enter_context(Resource(n)) for n in ("a", "b")]
    stack.callback(log.append, "callback with args")
    stack.push(lambda *exc: log.append(f"pushed exit sees {exc[0]}"))
    log.append(f"body {names}")
print("\n".join(log))
log.clear()


def swallow(exc_type, exc, tb):
    log.append(f"swallow {exc_type.__name__}")
    return True


with contextlib.ExitStack() as stack:
    stack.push(swallow)
    stack.enter_context(Resource("c"))
    raise ValueError("dropped")
print(log)
log.clear()
with contextlib.ExitStack() as stack:
    stack.enter_context(Resource("kept"))
    moved = stack.pop_all()
print("after with:", log)
moved.close()
print("after close:", log)
result = contextlib.ExitStack().push(swallow)
print("push returns its argument:", result is swallow)
cb = contextlib.ExitStack().callback(print)
print("callback returns its argument:", cb is print)
for bad in (object(), 5):
    try:
        contextlib.ExitStack().enter_context(bad)
    except TypeError as exc:
        print("TypeError:", exc)
