# Methods of list called on instances of list subclasses, directly and through super().
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __setitem__(self, i, v):
        print('set', i, v)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        v = super().__getitem__(i)
        return ('got', v)

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(s.pop(), s, s.index(2), s.count(1))
s.sort(reverse=True)
print(s)
s.extend(range(2))
s.insert(0, 'first')
s.remove(0)
print(s, s.copy(), type(s.copy()).__name__)
s.reverse()
print(s)
print(s + [9], type(s + [9]).__name__, s * 2)
s += [5]
print(s, type(s).__name__)
s.clear()
print(s, bool(s))
lg = Logged()
lg.append(1)
lg.append(2)
lg[0] = 'one'
print(lg[1], list(lg))
list.append(lg, 3)
print(list(lg), lg.__len__(), 3 in lg)
try:
    hash(Stack())
except TypeError as e:
    print('TypeError', e)
print(list.__getitem__(lg, 0), Stack.__mro__[1].__name__)
print(sorted(Stack([3, 1, 2])), list(reversed(Stack([1, 2, 3]))))
t = Stack('abc')
print(t, t == ['a', 'b', 'c'], t < ['b'])
