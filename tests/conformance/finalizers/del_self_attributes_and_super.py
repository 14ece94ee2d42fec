# __del__ sees the object's attributes; a subclass's __del__ can call its base's; other objects it held go after it.
class Base:
    def __del__(self):
        print("Base.__del__", self.name)


class Child(Base):
    def __init__(self, name, part):
        self.name = name
        self.part = part

    def __del__(self):
        print("Child.__del__", self.name, "part:", self.part.name)
        super().__del__()


class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Part.__del__", self.name)


c = Child("c", Part("wheel"))
c = None
print("end")
