# str.maketrans in its three forms and str.translate with ints, strings, None and custom tables.
t1 = str.maketrans('abc', 'xyz')
print(t1)
t2 = str.maketrans('ab', 'AB', 'xy')
print(t2)
t3 = str.maketrans({'a': '1', 'b': None, 99: 'C', 100: 101})
print(t3)
print('abcdef'.translate(t1), 'abxycd'.translate(t2), 'abcde'.translate(t3))
print('hello world'.translate({ord('l'): None, ord('o'): '0', ord(' '): '_'}))
print('café'.translate({ord('é'): 'e'}), 'abc'.translate({97: 'αβ', 98: 0x1F600}))
print('abc'.translate({}), ''.translate(t1), 'abc'.translate([None, 'x']))
print('x'.maketrans('x', 'y'), str.maketrans('', ''))
class Table:
    def __getitem__(self, k):
        if k == ord('z'):
            raise LookupError
        return chr(k).upper()
print('abz'.translate(Table()))
class Loud(dict):
    def __missing__(self, k):
        print('missing', k)
        raise KeyError(k)
print('aab'.translate(Loud({97: 'A'})))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: str.maketrans())
show(lambda: str.maketrans(1))
show(lambda: str.maketrans('a'))
show(lambda: str.maketrans('ab', 'c'))
show(lambda: str.maketrans('ab', 1))
show(lambda: str.maketrans(1, 'a'))
show(lambda: str.maketrans('a', 'b', 1))
show(lambda: str.maketrans('a', 'b', 'c', 'd'))
show(lambda: str.maketrans({'ab': 1}))
show(lambda: str.maketrans({1.0: 1}))
show(lambda: str.maketrans(x=1))
show(lambda: 'a'.translate())
show(lambda: 'a'.translate(1))
show(lambda: 'a'.translate({97: 1.5}))
show(lambda: 'a'.translate({97: 0x110000}))
show(lambda: 'a'.translate({97: -1}))
show(lambda: 'a'.translate(table={}))
