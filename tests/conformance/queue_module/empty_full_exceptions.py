# queue.Empty and queue.Full: names, modules, reprs, str, base classes, and what the non-blocking calls raise.
import queue

for exc_type in (queue.Empty, queue.Full):
    e = exc_type()
    print(exc_type, exc_type.__name__, exc_type.__qualname__, type(e).__module__)
    print("  repr", repr(e), "str", repr(str(e)), "mro", [c.__name__ for c in exc_type.__mro__])
print(repr(queue.Empty("why")), str(queue.Full("too many")))

q = queue.Queue(1)
attempts = [
    ("get_nowait", q.get_nowait),
    ("get(False)", lambda: q.get(False)),
    ("get(block=False, timeout=5)", lambda: q.get(block=False, timeout=5)),
    ("get(timeout=0)", lambda: q.get(timeout=0)),
]
for label, call in attempts:
    try:
        call()
    except queue.Empty as exc:
        print(label, "->", type(exc).__name__, exc.args)
q.put("x")
for label, call in [("put_nowait", lambda: q.put_nowait("y")), ("put(timeout=0)", lambda: q.put("y", timeout=0)),
                    ("put(block=False)", lambda: q.put("y", block=False))]:
    try:
        call()
    except queue.Full as exc:
        print(label, "->", type(exc).__name__, exc.args)
try:
    raise queue.Empty
except Exception as exc:
    print("caught as Exception:", type(exc).__name__)
