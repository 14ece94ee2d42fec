# Subclasses of dict, list and Exception; dict.__missing__.
class DefaultZero(dict):
    def __missing__(self, key):
        return 0
d = DefaultZero(a=1)
print(d['a'], d['b'], d, d.get('b'))
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(type(s + [4]).__name__)
class LoudDict(dict):
    def __setitem__(self, key, value):
        print('setting', key)
        super().__setitem__(key, value)
ld = LoudDict()
ld['x'] = 1
ld.update(y=2)
print(ld)
class Celsius(float):
    def __str__(self):
        return f'{float(self):.1f}C'
c = Celsius(21.456)
print(c, repr(c), c + 1)
