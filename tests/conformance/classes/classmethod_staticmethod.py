# classmethod receives the class (even via a subclass); staticmethod receives nothing extra.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split('-')))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'))
print(MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = Date(2020, 1, 2)
print(d.from_string('2001-1-1'))
print(type(Date.__dict__['is_leap']).__name__, type(Date.__dict__['from_string']).__name__)
class Counter:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.count, SubCounter.count)
