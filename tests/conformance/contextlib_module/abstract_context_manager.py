# AbstractContextManager gives a default __enter__ returning self; subclasses supply __exit__.
import contextlib


class Session(contextlib.AbstractContextManager):
    def __init__(self):
        self.open = True

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        return exc_type is KeyError


with Session() as s:
    print(type(s).__name__, s.open)
print("closed:", not s.open)
with Session():
    raise KeyError("handled by __exit__")
print("KeyError suppressed")
print(contextlib.AbstractContextManager.__enter__(s) is s)
print(contextlib.AbstractContextManager.__exit__(s, None, None, None))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
