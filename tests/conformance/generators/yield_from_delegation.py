# yield from delegates iteration, send() and the sub-generator's return value.
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    yield 'inner-2'
    return 'inner result'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield from [10, 20]
    yield from range(2)
g = outer()
print(next(g))
print(g.send('hello'))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('ab', [1, 2], (None,))))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
print(list(tree((1, [(2, [(4, [])]), (3, [])]))))
