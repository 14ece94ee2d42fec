# Items removed by slice operations are freed in CPython's order: simple slices last first, extended slices in index or slice order.
class C:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
def t(label, op):
    l = [C(i) for i in range(6)]
    print('--', label)
    op(l)
    print('   after')
    l.clear()
def d1(l): del l[::-2]
def d2(l): del l[1:5:2]
def d3(l): del l[::2]
def a1(l): l[::2] = [7, 8, 9]
def a2(l): l[::-2] = [7, 8, 9]
for f in (d1, d2, d3, a1, a2): t(f.__name__, f)
