# bytes.decode: UTF-8 by default, other codecs, every error handler, and CPython's error messages.
for b in [b'hello', b'caf\xc3\xa9', b'\xe2\x82\xac', b'\xf0\x9f\x98\x80', b'', b'a\x00b']:
    print(b, repr(b.decode()), repr(b.decode('utf-8')), repr(b.decode(encoding='UTF8')))
for b in [b'\xff', b'a\xffb', b'\xe2\x82', b'\xe2\x82x', b'\xed\xa0\x80', b'\xc0\x80', b'\xf0\x90\x80',
          b'\xf4\x90\x80\x80', b'\x80\x80', b'ok\xe9ok']:
    print(b, [b.decode('utf-8', e) for e in ('ignore', 'replace', 'backslashreplace')])
print(b'\xe9t\xe9'.decode('latin-1'), b'\xff'.decode('iso-8859-1'), b'abc'.decode('ascii'))
print(repr(b'a\xe9'.decode('ascii', 'replace')), repr(b'a\xe9\xea'.decode('ascii', 'backslashreplace')))
print(repr(b'\xff\xfea\x00b\x00'.decode('utf-16')), repr(b'\xfe\xff\x00a'.decode('utf-16')), repr(b'a\x00'.decode('utf-16-le')))
print(repr(b'\x00a\x00b'.decode('utf-16-be')), repr(b'=\xd8\x00\xde'.decode('utf-16-le')))
print(repr(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32')), repr(b'\x00\x00\x00a'.decode('utf-32-be')))
print(repr('round trip €😀'.encode().decode()), repr('x€'.encode('utf-16').decode('utf-16')))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: b'\xff'.decode())
show(lambda: b'a\xff\xfeb'.decode('utf-8'))
show(lambda: b'\xe2\x82'.decode())
show(lambda: b'\xe2\x82x'.decode())
show(lambda: b'\xed\xa0\x80'.decode())
show(lambda: b'\xf0\x90\x80'.decode())
show(lambda: b'\xc0\x80'.decode())
show(lambda: b'ab\xe9'.decode('ascii'))
show(lambda: b'a\x00b'.decode('utf-16-le'))
show(lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))
show(lambda: b'\x00\xdca\x00'.decode('utf-16-le'))
show(lambda: b'\x00\xd8'.decode('utf-16-le'))
show(lambda: b'a\x00\x00\x00\x00\x00\x11\x00'.decode('utf-32-le'))
show(lambda: b'a\x00\x00'.decode('utf-32'))
show(lambda: b'x'.decode('foo'))
show(lambda: b'x'.decode('rot13'))
show(lambda: b'\xe9'.decode('ascii', 'bogus'))
show(lambda: b'x'.decode('utf-8', 'bogus'))
show(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
show(lambda: b'x'.decode(1))
show(lambda: b'x'.decode('utf-8', errors=1))
show(lambda: b'x'.decode('ascii', 'strict', 1))
show(lambda: b'x'.decode(codec='ascii'))
try:
    b'ab\xffcd'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.encoding, e.object, e.start, e.end, e.reason)
print(repr(b''.decode('no-such-codec')), repr(b''.decode('rot13')), repr(str(b'', 'whatever')))
show(lambda: ''.encode('no-such-codec'))
