# __len__, __getitem__, __setitem__, __delitem__, __contains__ and __iter__ on a custom container.
class Shelf:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, index):
        print('getitem', index)
        return self.items[index]
    def __setitem__(self, index, value):
        self.items[index] = value
    def __delitem__(self, index):
        del self.items[index]
    def __contains__(self, item):
        print('contains', item)
        return item in self.items
s = Shelf('a', 'b', 'c')
print(len(s), s[0], s[-1])
print(s[1:])
s[0] = 'A'
del s[1]
print(s.items, 'c' in s, 'z' not in s)
print(list(s))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem())
for v in OnlyGetitem():
    print('iter', v)
class NegativeLen:
    def __len__(self):
        return -1
try:
    len(NegativeLen())
except ValueError as e:
    print('ValueError', e)
