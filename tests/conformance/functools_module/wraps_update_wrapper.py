# functools.wraps / update_wrapper copy the wrapper assignments, merge __dict__ and set __wrapped__.
import functools

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def area(w: int, h: int = 1) -> int:
    """Width times height."""
    return w * h


area.unit = "m2"
wrapped = traced(area)
print(wrapped.__name__, wrapped.__qualname__, wrapped.__doc__, wrapped.__module__)
print(wrapped.__annotations__, wrapped.unit, wrapped.__wrapped__ is area, wrapped(3, 4))
twice = traced(wrapped)
print("unwrap twice:", twice.__wrapped__ is wrapped, twice.__wrapped__.__wrapped__ is area)


class Box:
    def measure(self):
        "Measure the box."
        return 1


m = traced(Box.measure)
print(m.__qualname__, m.__doc__)


def plain():
    pass


partial_obj = functools.partial(area, 2)
functools.update_wrapper(plain, partial_obj)
print("missing attributes are skipped:", plain.__name__, plain.__wrapped__ is partial_obj)
only_name = functools.update_wrapper(lambda: None, area, assigned=("__name__",), updated=())
print(only_name.__name__, only_name.__doc__, hasattr(only_name, "unit"))
print(repr(wrapped).split(" at ")[0])
