# Keyword-only parameters after * and positional-only parameters before /.
def kw(a, *, b, c=3):
    return (a, b, c)
print(kw(1, b=2))
print(kw(1, c=9, b=8))
def pos(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
def mixed(a, /, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
def name_clash(a, /, **kw):
    return a, kw
print(name_clash(1, a=2))
print(kw.__kwdefaults__)
