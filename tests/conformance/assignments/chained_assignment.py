# Chained assignment binds every target to the same object, left to right.
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
log = []
class Box:
    def __setattr__(self, name, value):
        log.append(name)
        object.__setattr__(self, name, value)
box = Box()
box.first = box.second = 'v'
print(log, box.first, box.second)
d = {}
d['k'] = d['j'] = len(d)
print(d)
