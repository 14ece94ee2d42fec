# The | & - ^ operators and their in-place forms on sets and frozensets.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

a = set([1, 9, 17, 2, 10])
b = frozenset([17, 25, 2, 33])
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(type(a | b).__name__, type(b | a).__name__, type(b & a).__name__)
c = set(a)
c |= b
print(c)
c &= set([1, 2, 25, 99])
print(c)
c -= frozenset([1])
print(c)
c ^= set([2, 50])
print(c)
f = frozenset([1, 2])
g = f
f |= set([3])
print(f, g, f is g)
show(lambda: a | [1])
show(lambda: [1] | a)
show(lambda: a & (1,))
show(lambda: a - 1)
show(lambda: a ^ 'x')
def ior_list():
    s = set()
    s |= [1]
show(ior_list)
print(a.__or__(b), a.__and__([1]), a.__ror__(b), a.__rsub__(set([1, 100])), a.__rxor__(frozenset([9])))
s = set([1])
r = s.__ior__(set([2]))
print(r is s, s, s.__iand__([2]), s.__isub__(set([2])), s, s.__ixor__(set([5])))
print(frozenset([1]).__or__(set([2])), frozenset([1, 2]).__sub__(frozenset([2])), set.__xor__(set([1]), set([1, 2])))
x = set(range(0, 40, 4))
y = set(range(0, 40, 6))
print(x | y, x & y, x - y, y - x, x ^ y, y ^ x)
x |= y
print(x)
x ^= set(range(0, 40, 3))
print(x)
d = dict.fromkeys([8, 16, 24, 1])
print(d.keys() | a, a | d.keys(), d.keys() & a, a - d.keys(), d.keys() ^ a)
