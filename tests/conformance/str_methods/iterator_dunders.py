# The str and bytes iterators' __next__ and __iter__ called by name, and their type names.
it = iter('aé')
print(type(it).__name__, it.__next__(), it.__next__(), iter(it) is it, it.__iter__() is it)
try:
    it.__next__()
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
it = iter('ab')
print(type(it).__name__, it.__next__(), next(it), next(it, 'end'))
b = iter(b'xy')
print(type(b).__name__, b.__next__(), next(b), next(b, None), type(iter('')).__name__)
for ch in iter('é!'):
    print(ch)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: type(iter('a')).__next__(5))
show(lambda: type(iter('a')).__next__(iter('é')))
show(lambda: type(iter('a')).__next__())
show(lambda: type(iter(b'a')).__iter__([]))
show(lambda: iter('a').__next__(1))
