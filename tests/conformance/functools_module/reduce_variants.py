# functools.reduce: with and without an initial value, on iterators, and its error messages.
import functools


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


print(functools.reduce(add, [1, 2, 3, 4]))
print(functools.reduce(add, [1, 2, 3, 4], 100))
print(functools.reduce(lambda acc, ch: ch + acc, "threads", ""))
print(functools.reduce(max, iter([3, 9, 2])))
print(functools.reduce(mul, [], 1), functools.reduce(add, ["only"]))
steps = []


def record(a, b):
    steps.append((a, b))
    return a + b


functools.reduce(record, range(4))
print(steps)
for bad in (lambda: functools.reduce(add, []), lambda: functools.reduce(add, 5),
            lambda: functools.reduce(None, [1, 2])):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
