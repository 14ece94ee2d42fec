# Subclasses inherit and override methods and class attributes.
class Animal:
    sound = '...'
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def describe(self):
        return f'{self.name} has {self.legs} legs; {self.speak()}'
class Dog(Animal):
    sound = 'woof'
class Bird(Animal):
    sound = 'tweet'
    legs = 2
    def speak(self):
        return Animal.speak(self) + '!'
for a in (Animal('thing'), Dog('rex'), Bird('tweety')):
    print(a.describe())
print(isinstance(Dog('x'), Animal), issubclass(Bird, Dog), Dog.__bases__[0].__name__)
print(type(Bird('b')).__name__, Bird.__name__, Bird.__qualname__)
d = Dog('fido')
d.sound = 'grr'
print(d.speak(), Dog.sound)
