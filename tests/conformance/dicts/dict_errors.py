# Error messages of dict operations.
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
d = {'a': 1}
show(lambda: d['b'])
show(lambda: {}.popitem())
show(lambda: d.pop('zz'))
show(lambda: {[1]: 2})
show(lambda: d[{}])
show(lambda: dict([1, 2]))
show(lambda: dict([('a', 1, 2)]))
show(lambda: d + d)
show(lambda: d < d)
show(lambda: d.get())
show(lambda: d.nope)
def mutate_while_iterating():
    for k in d:
        d[k + 'x'] = 0
show(mutate_while_iterating)
e = {'a': 1, 'b': 2}
def delete_while_iterating():
    for k in e:
        del e[k]
show(delete_while_iterating)
show(lambda: d)
