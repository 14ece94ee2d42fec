# CPython's compile-time SyntaxWarnings: 'is' with a literal, and calling a literal (a missing comma). They go to stderr before the program runs.
x = y = 1
def outer():
    def inner():
        return x is 2
    return inner() or (lambda: x is "s")()
print(outer(), [v is 3 for v in range(2)], x is not None, x is True, x is ...)
print(x is 1.0, x is b"", 1 is x, x is y is 1, x is (1, None), x is (y,), x is 2 ** 3, x is -(1))
for f in [lambda: f"{x}"(), lambda: [1, 2](3), lambda: (1, 2)(3), lambda: None(), lambda: {1: 2}(), lambda: {1}(), lambda: (i for i in ())(), lambda: 1.5()]:
    try:
        f()
    except TypeError as e:
        print(e)
class K:
    z = x is 4
