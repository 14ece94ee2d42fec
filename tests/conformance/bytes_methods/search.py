# bytes find/rfind/index/rindex/count/startswith/endswith with bytes or int needles and bounds.
b = b'abracadabra'
for sub in [b'a', b'abra', b'z', b'', 97, 122, b'ra']:
    print(sub, b.find(sub), b.rfind(sub), b.count(sub), sub in b)
for start, end in [(1, None), (-4, None), (3, 8), (-100, 100), (100, None), (11, None), (12, None), (5, 2)]:
    print(start, end, b.find(b'a', start, end), b.rfind(b'a', start, end), b.count(b'a', start, end),
          b.find(b'', start, end), b.count(b'', start, end), b.startswith(b'a', start, end), b.endswith(b'a', start, end))
print(b.index(b'cad'), b.rindex(97), b.startswith((b'x', b'ab')), b.endswith((b'bra',)), b.startswith(b''), b.endswith(b'', 20))
print(b'aaaa'.count(b'aa'), b''.count(b''), b'\x00\xff'.find(255), b'\x00\xff'.find(b'\xff'), 0 in b'\x00')
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: b.index(b'x'))
show(lambda: b.rindex(120))
show(lambda: b.find('a'))
show(lambda: b.find(256))
show(lambda: b.find(-1))
show(lambda: b.count(1.5))
show(lambda: b.find())
show(lambda: b.find(b'a', 'x'))
show(lambda: b.find(b'a', x=1))
show(lambda: b.startswith('a'))
show(lambda: b.startswith(('a',)))
show(lambda: b.endswith([b'a']))
show(lambda: 'a' in b)
show(lambda: 256 in b)
show(lambda: -1 in b)
show(lambda: 1.5 in b)
