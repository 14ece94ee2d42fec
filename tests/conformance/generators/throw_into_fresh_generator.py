# Throwing into a generator that never started: its frame is in the traceback, at its first line.
def gen():
    yield 1


def deco(f):
    return f


@deco
def decorated():
    yield 2


for g in (gen(), decorated()):
    try:
        g.throw(ValueError("x"))
    except ValueError as exc:
        import traceback
        traceback.print_exc()
g = gen()
g.throw(KeyError("k"))
