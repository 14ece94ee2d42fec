# vars() of instances and classes, and dir() of user objects filtered to public names.
class Pet:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
        self.age = 1
    def speak(self):
        return '...'
p = Pet('rex')
print(vars(p))
print([n for n in dir(p) if not n.startswith('_')])
print([n for n in dir(Pet) if not n.startswith('_')])
print('speak' in vars(Pet), 'name' in vars(Pet), type(vars(Pet)).__name__)
print(sorted(n for n in dir([]) if not n.startswith('_')))
print(sorted(n for n in dir({}) if not n.startswith('_')))
print('upper' in dir(''), '__len__' in dir([]))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
def local_names():
    x = 1
    y = 2
    return sorted(dir())
print(local_names())
