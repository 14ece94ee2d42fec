# str.replace with counts, empty old strings, overlapping patterns and non-ASCII text.
cases = [('hello world', 'o', '0'), ('aaaa', 'a', 'b'), ('aaaa', 'aa', 'b'), ('aaa', 'aa', 'b'),
         ('abc', '', '-'), ('', '', '-'), ('', 'a', 'b'), ('abc', 'x', 'y'), ('abcabc', 'abc', ''),
         ('café café', 'é', 'e'), ('ab', 'ab', 'abab'), ('ééé', '', '|'), ('🙂🙂', '🙂', ':)')]
for s, old, new in cases:
    print(repr(s), repr(old), repr(new), [s.replace(old, new, n) for n in (-1, 0, 1, 2, 5)], repr(s.replace(old, new)))
print('a.b.c'.replace('.', '', True))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a'.replace('a'))
show(lambda: 'a'.replace())
show(lambda: 'a'.replace(1, 'b'))
show(lambda: 'a'.replace('a', 2))
show(lambda: 'a'.replace('a', 'b', 'c'))
show(lambda: 'a'.replace('a', 'b', 1.0))
show(lambda: 'a'.replace('a', 'b', 1, 2))
show(lambda: 'a'.replace('a', 'b', count=1))
show(lambda: 'a'.replace('a', 'b', 10**30))
