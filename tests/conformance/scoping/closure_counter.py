# Closures keep their own cells; each call to the factory gets a new one.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c1())
print(c1.__closure__ is not None, len(c1.__closure__))
print(c1.__code__.co_freevars)
