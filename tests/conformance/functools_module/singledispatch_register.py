# singledispatch: registration by decorator argument and by annotation, dispatch along the MRO.
import functools


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return f"list of {len(obj)}"


def describe_str(obj):
    return f"str {obj!r}"


describe.register(str, describe_str)


class MyList(list):
    pass


print(describe(3), describe(True), describe([1, 2]), describe(MyList([1])), describe("x"), describe(2.5))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.__wrapped__)
print(sorted(c.__name__ for c in describe.registry))
print(describe.__name__)
try:
    describe()
except TypeError as exc:
    print("TypeError:", exc)


class Shape:
    @functools.singledispatchmethod
    def scale(self, arg):
        return "unknown"

    @scale.register
    def _(self, arg: int):
        return f"scaled by {arg}"


print(Shape().scale(2), Shape().scale("x"))
