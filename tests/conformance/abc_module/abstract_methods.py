# Instantiating an ABC with abstract methods fails with CPython's message; concrete subclasses work.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for make in (Shape, lambda: Square(3)):
    try:
        s = make()
        print(s.describe(), s.perimeter())
    except TypeError as e:
        print('TypeError', e)
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, isinstance(Square(1), Shape))
