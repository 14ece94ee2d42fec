# isinstance, issubclass, type(), __name__, __class__, __dict__ keys and __doc__ of classes.
class Shape:
    """A shape."""
    sides = 0
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, side):
        self.side = side
s = Square(3)
print(type(s) is Square, isinstance(s, Shape), isinstance(s, (int, Shape)))
print(issubclass(Square, Shape), issubclass(Square, (str, object)), issubclass(Shape, Square))
print(type(s).__name__, s.__class__.__name__, Square.__base__.__name__)
print(Shape.__doc__, Square.__doc__)
print([k for k in Square.__dict__ if not k.startswith('__')])
print(s.__dict__)
print(type(Square).__name__, type(type).__name__, type(3).__name__)
print(Square.__module__)
print(type(s) == Square, type(s) == Shape)
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance(Square, type), isinstance(s, object), isinstance(int, object))
try:
    issubclass(s, Shape)
except TypeError as e:
    print('TypeError', e)
print(str(Square), repr(int))
