# A traceback keeps the variables of the frames it passed through, so their __del__ runs when the exception goes.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def fails(name):
    value = Tracked(name)
    raise ValueError(name)


try:
    fails("in except")
except ValueError:
    print("in the except block")
print("after the except block")

# A kept exception keeps them alive until it goes.
try:
    fails("kept")
except ValueError as e:
    kept = e
print("exception kept")
del kept
print("exception dropped")

# A traceback object alone keeps them too.
try:
    fails("traceback")
except ValueError as e:
    tb = e.__traceback__
print("traceback kept")
del tb
print("traceback dropped")

# A closure's variables (cells) go the same way.
def with_closure():
    held = Tracked("cell")

    def inner():
        return held

    raise KeyError(inner() is held)


try:
    with_closure()
except KeyError:
    print("closure failed")
print("after closure")


# sys.exit() leaves through the same path.
def leave():
    value = Tracked("exit")
    sys.exit(0)


try:
    leave()
finally:
    print("finally runs first")
