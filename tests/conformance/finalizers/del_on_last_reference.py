# A __del__ method runs when the last reference goes, before the next statement.
class Connection:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


c = Connection("db")
del c
print("after del")
