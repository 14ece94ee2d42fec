# Negative timeouts raise ValueError, but put() on an unbounded queue never looks at its timeout.
import queue

bounded = queue.Queue(maxsize=1)
unbounded = queue.Queue()
for label, call in (("bounded.get(timeout=-1)", lambda: bounded.get(timeout=-1)),
                    ("bounded.put(timeout=-1)", lambda: bounded.put("x", timeout=-1)),
                    ("unbounded.put(timeout=-1)", lambda: unbounded.put("x", timeout=-1)),
                    ("unbounded.get(timeout=-1)", lambda: unbounded.get(timeout=-1)),
                    ("get(block=False, timeout=-1)", lambda: unbounded.get(block=False, timeout=-1))):
    try:
        print(label, "->", call())
    except ValueError as exc:
        print(label, "-> ValueError:", exc)
    except queue.Empty:
        print(label, "-> Empty")
print("sizes:", bounded.qsize(), unbounded.qsize())
