# @contextmanager errors: a generator that never yields, yields twice, or keeps yielding after a throw.
import contextlib


@contextlib.contextmanager
def never_yields():
    if False:
        yield


@contextlib.contextmanager
def yields_twice():
    yield 1
    yield 2


@contextlib.contextmanager
def ignores_errors():
    try:
        yield
    except Exception:
        pass
    yield


for label, make, fail in [("never yields", never_yields, False), ("yields twice", yields_twice, False),
                          ("ignores and yields again", ignores_errors, True)]:
    try:
        with make():
            if fail:
                raise ValueError("inside")
    except RuntimeError as exc:
        print(label, "->", exc, "| context:", repr(exc.__context__), "| suppress:", exc.__suppress_context__)
cm = yields_twice()
print(type(cm).__name__, cm.__enter__())
try:
    cm.__enter__()
except AttributeError as exc:
    print("entering twice:", type(exc).__name__)
print(yields_twice.__name__, yields_twice.__wrapped__.__name__)
