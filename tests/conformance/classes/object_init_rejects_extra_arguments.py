# super().__init__(x) with only object above fails with object.__init__'s own message.
class Point:
    def __init__(self, x):
        self.x = x
        super().__init__(x)


class Plain:
    pass


try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
Point(1)
