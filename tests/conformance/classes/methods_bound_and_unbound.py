# Bound methods carry self; functions looked up on the class are plain functions.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, punct='!'):
        return 'hi ' + self.name + punct
g = Greeter('ann')
bound = g.greet
print(bound(), bound('?'))
print(Greeter.greet(g), Greeter.greet(Greeter('bob'), '.'))
print(bound.__self__ is g, bound.__func__ is Greeter.greet, bound.__name__)
print(type(bound).__name__, type(Greeter.greet).__name__)
print(g.greet == g.greet, g.greet is g.greet)
methods = [Greeter(n).greet for n in ('a', 'b')]
print([m() for m in methods])
g.greet = lambda: 'instance attribute wins'
print(g.greet())
print(list(map(str.upper, ['x', 'y'])))
