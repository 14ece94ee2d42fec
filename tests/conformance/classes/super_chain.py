# super() calls the next class in the MRO, through a chain of __init__ methods.
class Base:
    def __init__(self, value):
        print('Base.__init__', value)
        self.value = value
    def describe(self):
        return f'Base({self.value})'
class Middle(Base):
    def __init__(self, value, extra):
        print('Middle.__init__', extra)
        super().__init__(value)
        self.extra = extra
    def describe(self):
        return 'Middle+' + super().describe()
class Leaf(Middle):
    def __init__(self):
        print('Leaf.__init__')
        super().__init__(1, 'x')
    def describe(self):
        return 'Leaf+' + super().describe()
obj = Leaf()
print(obj.describe(), obj.value, obj.extra)
class Explicit(Base):
    def describe(self):
        return 'Explicit+' + super(Explicit, self).describe()
print(Explicit(5).describe())
class Stat:
    @classmethod
    def create(cls):
        return f'created {cls.__name__}'
class SubStat(Stat):
    @classmethod
    def create(cls):
        return super().create() + ' via SubStat'
print(SubStat.create())
