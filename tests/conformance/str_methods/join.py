# str.join over lists, tuples, generators, dicts and strings; non-str items are reported by position.
print(', '.join(['a', 'b', 'c']), ''.join(('x', 'y')), '-'.join('abc'), '+'.join([]), '+'.join(['solo']))
print('|'.join(str(i) for i in range(5)), ' '.join({'k1': 1, 'k2': 2}), 'é'.join(['à', 'ü']))
print('\n'.join(['line 1', 'line 2']))
class S(str):
    pass
print(repr('.'.join([S('a'), 'b'])), repr(S('-').join(['x', 'y'])), type(S('-').join(['x'])).__name__)
def gen():
    yield 'a'
    raise ValueError('from the generator')
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: ','.join([1, 2]))
show(lambda: ','.join(['a', 2]))
show(lambda: ','.join(['a', 'b', None]))
show(lambda: ','.join(['a', b'b']))
show(lambda: ','.join(1))
show(lambda: ','.join(None))
show(lambda: ','.join(gen()))
show(lambda: ','.join())
show(lambda: ','.join(['a'], ['b']))
show(lambda: ','.join(iterable=['a']))
show(lambda: str.join(',', 'ab', 'c'))
show(lambda: str.join(1, ['a']))
