# threading.local() and subclasses without __init__ refuse constructor arguments.
import threading


class Plain(threading.local):
    pass


class WithInit(threading.local):
    def __init__(self, x):
        self.x = x


for label, make in (("local(1)", lambda: threading.local(1)),
                    ("local(x=1)", lambda: threading.local(x=1)),
                    ("Plain(2)", lambda: Plain(2)),
                    ("Plain(y=2)", lambda: Plain(y=2))):
    try:
        make()
    except TypeError as exc:
        print(label, "->", type(exc).__name__, exc)

print("WithInit(3).x =", WithInit(3).x)
print("Plain() works:", type(Plain()).__name__)
