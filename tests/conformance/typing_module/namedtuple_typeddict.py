# typing.NamedTuple classes with defaults and methods, and TypedDict classes.
from typing import NamedTuple, TypedDict


class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    level: int = 1

    def describe(self):
        return f'{self.name}@{self.dept}'


e = Employee('ann')
print(e, e.describe(), e._fields, e._field_defaults, e._replace(level=3), tuple(e))
print(Employee('bob', 'ops', 2) < Employee('bob', 'ops', 3))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._fields)
try:
    Employee()
except TypeError as e:
    print('TypeError', e)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Alien', year=1979)
print(m, m['year'], isinstance(m, dict))
