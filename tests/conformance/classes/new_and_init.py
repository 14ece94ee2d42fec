# __new__ creates the instance before __init__; subclassing immutable types needs __new__.
class Tracked:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        instance = super().__new__(cls)
        return instance
    def __init__(self, value):
        print('__init__', value)
        self.value = value
t = Tracked(5)
print(t.value)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper('hello')
print(u, len(u), isinstance(u, str), u + '!')
class Positive(int):
    def __new__(cls, n):
        return super().__new__(cls, abs(n))
print(Positive(-7), Positive(-7) + 1, type(Positive(3) + 1).__name__)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other())
class BadInit:
    def __init__(self):
        return 'value'
try:
    BadInit()
except TypeError as e:
    print('TypeError', e)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError', e)
