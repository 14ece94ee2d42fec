# type(name, bases, dict) builds a class at runtime, like a class statement.
def hello(self):
    return f'hello from {type(self).__name__}'
Dynamic = type('Dynamic', (object,), {'greet': hello, 'x': 5})
d = Dynamic()
print(d.greet(), d.x, Dynamic.__name__)
Child = type('Child', (Dynamic,), {})
print(Child().greet(), issubclass(Child, Dynamic))
print(type(5) is int, type('s')('abc'))
Dynamic.y = 'added later'
print(d.y)
def added(self):
    return 'monkey patched'
Dynamic.extra = added
print(d.extra())
