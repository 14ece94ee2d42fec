# A __del__ that is a callable object is called without self; __del__ = None fails with a report that names no object.
class Callable:
    def __call__(self, *args):
        print("called with", len(args), "arguments")


class Odd:
    __del__ = Callable()


class NoneDel:
    __del__ = None


o = Odd()
del o
n = NoneDel()
del n
print("end")
