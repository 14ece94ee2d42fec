# find/rfind with start and end: negative indices, None, bounds past either end, empty substrings.
s = 'abracadabra'
for sub in ['a', 'abra', 'cad', 'z', '', 'ra', 'abracadabrax']:
    print(repr(sub), s.find(sub), s.rfind(sub))
for start, end in [(0, None), (1, None), (-4, None), (3, 8), (-100, 100), (100, None), (11, None),
                   (12, None), (5, 2), (None, -1), (None, 0), (-3, -1), (None, None), (True, 5)]:
    print(start, end, s.find('a', start, end), s.rfind('a', start, end), s.find('', start, end),
          s.rfind('', start, end), s.find('bra', start, end), s.rfind('bra', start, end))
u = 'naïve café naïve'
print(u.find('ï'), u.rfind('ï'), u.find('café'), u.find('é', 5), u.rfind('a', 0, -3), u.find('', 20))
print('🙂a🙂b'.find('b'), '🙂a🙂b'.rfind('🙂'), '🙂a🙂b'.find('a', 1, 2))
print(s.find('a', 10**30), s.find('a', -10**30), s.rfind('a', 0, 10**30))
class Index:
    def __index__(self):
        return 4
print(s.find('a', Index()), s.rfind('a', None, Index()))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: s.find())
show(lambda: s.find(1))
show(lambda: s.find('a', 'b'))
show(lambda: s.find('a', 1.0))
show(lambda: s.find(1, 'b'))
show(lambda: s.find('a', 1, 2, 3))
show(lambda: s.find('a', start=1))
show(lambda: s.rfind(None))
