# add, remove, discard, pop, clear, update, copy on sets, and their error messages.
s = {1, 2, 3}
s.add(4)
s.add(2)
s.remove(1)
s.discard(100)
s.update([7, 8], {9})
print(sorted(s), len(s))
popped = s.pop()
print(popped, popped not in s)
c = s.copy()
c.clear()
print(c, len(s))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError', e)
try:
    s[0]
except TypeError as e:
    print('TypeError', e)
try:
    s.add({1})
except TypeError as e:
    print('TypeError', e)
print(set(), repr(set()), {()}, set([(1, 2)]) == {(1, 2)})
def mutate():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)
try:
    mutate()
except RuntimeError as e:
    print('RuntimeError', e)
