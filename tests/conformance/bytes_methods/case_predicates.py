# bytes case mapping and predicates are ASCII-only: bytes above 0x7f are never letters.
for b in [b'hello world', b'HELLO', b'Hello World', b"they're bill's", b'a1b2', b'\xe9t\xe9', b'', b'123',
          b' \t\n', b'\x1c', b'MiXeD 42', b'_x_']:
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
    print('   ', [getattr(b, n)() for n in ('isalpha', 'isalnum', 'isdigit', 'isspace', 'islower', 'isupper', 'istitle', 'isascii')])
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: bytes.upper())
show(lambda: bytes.upper('a'))
show(lambda: b'a'.upper(1))
show(lambda: b'a'.isalpha(x=1))
