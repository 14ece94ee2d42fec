# str.encode: UTF-8 by default, ASCII and Latin-1 with every error handler, UTF-16/32, codec names.
for s in ['hello', 'café', '€uro', '😀', '', 'a\x00b']:
    print(repr(s), s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode(encoding='utf_8'))
for s in ['naïve café', 'x€y', 'abc', '😀!', 'é€😀']:
    for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        print(repr(s), errors, s.encode('ascii', errors), s.encode('latin-1', errors))
print('Ab€'.encode('utf-16'), 'Ab€'.encode('utf-16-le'), 'Ab€'.encode('utf-16-be'), '😀'.encode('utf-16-le'))
print('Ab'.encode('utf-32'), 'Ab'.encode('utf-32-be'), 'Ab'.encode('UTF-32LE'))
print('x'.encode(' Latin_1 '), 'x'.encode('iso-8859-1'), 'x'.encode('US-ASCII'), 'ÿ'.encode('l1'))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'é'.encode('ascii'))
show(lambda: 'abé€x'.encode('ascii'))
show(lambda: 'abé€x€'.encode('ascii', 'strict'))
show(lambda: '€'.encode('latin-1'))
show(lambda: 'x😀'.encode('latin-1'))
show(lambda: 'a'.encode('no-such-codec'))
show(lambda: 'a'.encode(''))
show(lambda: 'a'.encode('rot13'))
show(lambda: 'a'.encode('hex'))
show(lambda: 'é'.encode('ascii', 'bogus'))
show(lambda: 'a'.encode('ascii', 'bogus'))
show(lambda: 'é'.encode('ascii', 'surrogateescape'))
show(lambda: 'a'.encode(1))
show(lambda: 'a'.encode('utf-8', 1))
show(lambda: 'a'.encode('utf-8', 'strict', 3))
show(lambda: 'a'.encode(enc='utf-8'))
try:
    'naïve'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
