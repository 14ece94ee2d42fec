# return with no value, with tuples, early return, and the implicit None.
def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, 2
def early(n):
    for i in range(n):
        if i == 2:
            return i
    return 'finished'
print(nothing(), implicit(), pair(), early(5), early(1))
a, b = pair()
print(a + b)
print(type(pair()).__name__)
def multi():
    return [1], {'k': 2}
print(multi())
