# splitlines: every line boundary CPython knows, \r\n as one break, keepends by position and keyword.
samples = ['', 'one', 'one\n', 'one\ntwo', 'one\r\ntwo\rthree\n', '\n\n', '\r\n\r\n', 'a\r\rb',
           'a\x0bb\x0cc', 'a\x1cb\x1dc\x1ed', 'a\x85b', 'a\u2028b\u2029c', 'a\n\r b', 'trailing\r',
           'x\x1fy', 'tab\tnot a break']
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print('a\nb'.splitlines(keepends=0), 'a\nb'.splitlines(2))
for line in 'first line\nsecond line\r\nthird'.splitlines():
    print(len(line), line)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a'.splitlines('x'))
show(lambda: 'a'.splitlines(1, 2))
show(lambda: 'a'.splitlines(keep=True))
show(lambda: 'a'.splitlines(1.0))
