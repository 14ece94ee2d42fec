# A failed assert points at the comparison CPython's jumps evaluated last, or at nothing for a plain call.
def check(items):
    return len(items) > 3


items = [1, 2]
try:
    assert check(items), "too few"
except AssertionError as e:
    print("AssertionError:", e)
ready = False
assert ready or len(items) > 3
