# partition/rpartition: found, not found, at either end, multi-character and non-ASCII separators.
for s, sep in [('key=value', '='), ('key=value=more', '='), ('no separator', '='), ('=start', '='),
               ('end=', '='), ('', '='), ('a::b::c', '::'), ('x', 'x'), ('größe=groß', '='),
               ('🙂|🙂', '|'), ('aaa', 'aa')]:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
name, _, value = 'user=alice'.partition('=')
print(name, value)
head, sep, tail = 'path/to/file.txt'.rpartition('/')
print(head, sep, tail)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a'.partition(''))
show(lambda: 'a'.rpartition(''))
show(lambda: 'a'.partition(1))
show(lambda: 'a'.rpartition(None))
show(lambda: 'a'.partition())
show(lambda: 'a'.partition('a', 'b'))
show(lambda: 'a'.partition(sep='a'))
