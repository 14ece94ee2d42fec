# Repeating lists and tuples: empty sequences, negative, huge and non-int counts.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: [] * 10 ** 18)
show(lambda: () * 10 ** 18)
show(lambda: 10 ** 18 * [])
show(lambda: [].__mul__(10 ** 18))
show(lambda: [1] * 10 ** 18)
show(lambda: (1,) * 10 ** 18)
show(lambda: [1] * 2 ** 70)
show(lambda: [] * 2 ** 70)
show(lambda: [1, 2] * -3)
show(lambda: [1, 2] * -2 ** 70)
show(lambda: [1, 2] * True)
show(lambda: [1] * 2.0)
show(lambda: [1] * '2')
class Three:
    def __index__(self):
        return 3
show(lambda: [0] * Three())
show(lambda: Three() * (1,))
def grow(seq, n):
    seq *= n
    return seq
show(lambda: grow([], 10 ** 18))
show(lambda: grow([1, 2], 2))
show(lambda: grow([1], 2 ** 70))
show(lambda: grow([1], 10 ** 18))
show(lambda: grow((1, 2), 2))
a = [1]
b = a
a *= 3
print(a, b, a is b)
