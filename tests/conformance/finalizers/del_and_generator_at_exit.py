# At exit, objects with __del__ and paused generators still held by globals are finalized oldest first, names still bound.
class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", LABEL)


def gen():
    inner = Res("inside generator")
    try:
        yield 1
    finally:
        print("generator cleanup")


LABEL = "globals"
first = Res("first")
running = gen()
next(running)
second = Res("second")
holder = {"third": Res("third")}
print("end of program")
