# and/or return one of their operands and evaluate lazily.
def show(v):
    print('eval', repr(v))
    return v
print(show(0) and show(1))
print(show(2) and show(3))
print(show('') or show('default'))
print(show('x') or show('y'))
print(None or [] or 0 or 'last')
print(1 and 2 and 3)
print(not 1, not 0, not None)
print(show(1) and show(0) or show('fallback'))
x = [] or {}
print(repr(x))
