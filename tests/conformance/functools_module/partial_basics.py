# functools.partial: calls, attributes, repr, flattening of nested partials, read-only fields and errors.
import functools


def volume(length, width=1, height=1, *, unit="m"):
    return f"{length * width * height}{unit}3"


p = functools.partial(volume, 2, unit="cm")
print(p(3), p(3, 4), p(3, height=5, unit="mm"))
print(p.func is volume, p.args, p.keywords)
print(repr(functools.partial(max, 1, key=abs)))
print(repr(functools.partial(int, "101", base=2)), functools.partial(int, "101", base=2)())
q = functools.partial(p, 10)
print("flattened:", q.func is volume, q.args, q.keywords)
p.note = "tagged"
r = functools.partial(p, 7)
print("tagged partial is kept:", r.func is p, r.args, p.__dict__)
print(type(p).__name__, type(p).__module__, isinstance(p, functools.partial))
for action in (lambda: setattr(p, "func", len), lambda: setattr(p, "args", ())):
    try:
        action()
    except AttributeError as exc:
        print("AttributeError:", exc)
for bad in (lambda: functools.partial(), lambda: functools.partial(42)):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
print(hasattr(p, "__name__"), callable(p))


class Scaled(functools.partial):
    pass


print(repr(Scaled(pow, 2)), Scaled(pow, 2)(10))
