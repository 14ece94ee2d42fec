# Special methods of bytes called by name, operator errors, and indexing.
b = b'hello'
print(b.__len__(), b.__getitem__(0), b.__getitem__(-1), b.__getitem__(slice(1, 3)), b.__contains__(b'ell'), b.__contains__(104))
print(b.__add__(b'!'), b.__mul__(2), b.__rmul__(3), b.__mul__(-1), b.__eq__(b'hello'), b.__eq__('hello'), b.__lt__(b'help'))
print(b.__ge__(b'hello'), b.__ne__(b'x'), b.__hash__() == hash(b'hello'), b.__repr__(), b.__getnewargs__())
print(bytes.__len__(b'abc'), bytes.__add__(b'a', b'b'), list(b.__iter__()), type(iter(b)).__name__)
print(b[1], b[-2], b[1:4], b[::-1], b[10:], list(b'ab'), b'a' < b'b', b'abc' == b'abc', b'' < b'\x00')
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: b[10])
show(lambda: b['x'])
show(lambda: b.__getitem__(1.5))
show(lambda: b + 'a')
show(lambda: b + 1)
show(lambda: b.__add__('a'))
show(lambda: b * 2.0)
show(lambda: b.__mul__(2.0))
show(lambda: b.__contains__('a'))
show(lambda: b.__contains__(300))
show(lambda: b.__len__(1))
show(lambda: bytes.__len__('abc'))
show(lambda: bytes.__add__())
