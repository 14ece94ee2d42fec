# suppress, nullcontext and closing.
import contextlib

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not listed")
except ValueError as exc:
    print("ValueError passes:", exc)
with contextlib.suppress(LookupError):
    {}["subclass of LookupError"]
print("subclasses are suppressed too")
with contextlib.suppress():
    print("suppress() with nothing listed")
s = contextlib.suppress(ZeroDivisionError)
for _ in range(2):
    with s:
        1 / 0
print("one suppress object reused")
with contextlib.nullcontext() as nothing:
    print("nullcontext gives", nothing)
with contextlib.nullcontext({"answer": 42}) as value:
    print("nullcontext gives", value)


class Connection:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print("closed")


conn = Connection()
with contextlib.closing(conn) as c:
    print("same object:", c is conn, "closed yet:", conn.closed)
try:
    with contextlib.closing(Connection()):
        raise RuntimeError("still closes")
except RuntimeError as exc:
    print(exc)
print(type(s).__name__, issubclass(contextlib.suppress, contextlib.AbstractContextManager))
