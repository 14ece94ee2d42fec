# object() instances, object's default methods, and super() in a two-argument form.
o = object()
print(type(o).__name__, o == o, o != object(), hasattr(o, '__dict__'))
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError', e)
class Base:
    def hello(self):
        return 'base hello'
class Child(Base):
    def hello(self):
        return 'child + ' + super().hello()
print(Child().hello(), super(Child, Child()).hello())
print(object.__name__, Base.__bases__[0] is object, Child.__mro__[-1] is object)
print(str(o) == repr(o), repr(o).startswith('<object object at '))
class K:
    pass
k = K()
print(repr(k).startswith('<__main__.K object at 0x'), object.__eq__(k, k), object.__eq__(k, 1))
