# @contextmanager: the exception reaches the generator, which may swallow, replace or let it pass.
import contextlib


@contextlib.contextmanager
def tolerant(kind):
    try:
        yield "entered"
    except kind as exc:
        print("  generator swallowed", type(exc).__name__, exc)


@contextlib.contextmanager
def translating():
    try:
        yield
    except KeyError as exc:
        raise LookupError(f"missing {exc}") from exc


@contextlib.contextmanager
def cleanup_only(log):
    log.append("setup")
    try:
        yield log
    finally:
        log.append("cleanup")


with tolerant(ValueError) as value:
    print("body got", value)
    raise ValueError("bad value")
print("after swallowing")
try:
    with tolerant(ValueError):
        raise TypeError("not handled")
except TypeError as exc:
    print("passed through:", exc)
try:
    with translating():
        {}["k"]
except LookupError as exc:
    print("replaced:", type(exc).__name__, exc, "cause:", repr(exc.__cause__))
log = []
try:
    with cleanup_only(log) as same:
        print("same list:", same is log)
        raise RuntimeError("boom")
except RuntimeError:
    pass
print(log)


@contextlib.contextmanager
def passthrough():
    yield


for exc in (StopIteration("stop"), GeneratorExit(), KeyboardInterrupt("ki")):
    try:
        with passthrough():
            raise exc
    except BaseException as caught:
        print(type(caught).__name__, "re-raised as itself:", caught is exc)
