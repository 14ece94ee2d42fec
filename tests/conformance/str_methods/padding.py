# center/ljust/rjust/zfill: which side gets the odd padding character, fill characters, signs.
for s in ['', 'a', 'ab', 'abc', 'abcd', 'é', '🙂']:
    for w in (-1, 0, 1, 4, 5, 6, 7):
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, '*')), repr(s.rjust(w, 'é')), repr(s.center(w, '-')))
for s in ['42', '-42', '+42', '', '-', '+', 'abc', '3.14', '-0.5', '--1', ' 7']:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 5)])
print('|' + 'title'.center(20, '=') + '|')
print('x'.center(4), 'xx'.center(5), 'x'.center(5), 'xx'.center(4))
class W:
    def __index__(self):
        return 6
print(repr('ab'.center(W())), repr('ab'.zfill(W())))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a'.center())
show(lambda: 'a'.center(5, 'ab'))
show(lambda: 'a'.center(5, ''))
show(lambda: 'a'.ljust(5, 1))
show(lambda: 'a'.rjust(5, b'x'))
show(lambda: 'a'.center('5'))
show(lambda: 'a'.ljust(5.0))
show(lambda: 'a'.center(1, 2, 3))
show(lambda: 'a'.center(5, fillchar='x'))
show(lambda: 'a'.zfill())
show(lambda: 'a'.zfill('5'))
show(lambda: 'a'.zfill(5, 6))
show(lambda: 'a'.ljust(10**20))
show(lambda: 'a'.rjust(-10**20))
