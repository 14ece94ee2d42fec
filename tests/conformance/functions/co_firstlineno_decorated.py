# co_firstlineno of a decorated function or method is its first decorator's line.
def deco(f):
    return f


@deco
def decorated():
    yield 2
print(decorated.__code__.co_firstlineno)
class A:
    @staticmethod
    def m(): pass
print(A.m.__code__.co_firstlineno)
