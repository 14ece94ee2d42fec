# startswith/endswith with tuples of prefixes and start/end bounds (including out-of-range ones).
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.endswith('world'), s.endswith('hello'))
print(s.startswith(''), s.endswith(''), ''.startswith(''), ''.endswith('a'))
print(s.startswith(('x', 'he')), s.endswith(('x', 'y')), s.startswith(()), s.endswith(('ld',)))
for start, end in [(6, None), (-5, None), (0, 5), (0, 4), (6, 11), (6, 100), (100, None), (11, None),
                   (12, None), (-100, 5), (3, 2), (None, -6)]:
    print(start, end, s.startswith('world', start, end), s.endswith('world', start, end),
          s.startswith('', start, end), s.endswith('', start, end), s.startswith('hello', start, end),
          s.endswith('hello', start, end))
print('café'.endswith('é'), 'café'.startswith('caf', 0, 3), 'naïve'.startswith('ïve', 2), '🙂x'.endswith('x', 1))
print(s.startswith(('hello', 1)))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: s.startswith(1))
show(lambda: s.endswith(['hello']))
show(lambda: s.startswith((1, 'hello')))
show(lambda: s.endswith(('x', None)))
show(lambda: s.startswith())
show(lambda: s.startswith('h', 'x'))
show(lambda: s.endswith('d', 1, 2, 3))
show(lambda: s.startswith(prefix='h'))
