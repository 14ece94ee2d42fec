# str % with operands CPython treats as mappings (anything with __getitem__ except tuples and strings).
class S(str):
    pass
class T(tuple):
    pass
class B(bytes):
    pass
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'abc' % [1])
show(lambda: 'abc' % {})
show(lambda: 'abc' % b'x')
show(lambda: 'abc' % B(b'x'))
show(lambda: 'abc' % 'x')
show(lambda: 'abc' % S('x'))
show(lambda: 'a%sc' % S('x'))
show(lambda: 'abc' % T((1,)))
show(lambda: 'a%sc' % T((1,)))
show(lambda: 'abc' % ())
show(lambda: 'a%sc' % [1])
show(lambda: 'abc' % range(3))
show(lambda: 'a%sc' % b'x')
show(lambda: 'é' % b'a')
