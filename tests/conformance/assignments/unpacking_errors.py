# CPython's messages when the number of values does not match the targets.
def attempt(label, fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def too_many():
    a, b = [1, 2, 3]

def too_few():
    a, b, c = [1, 2]

def too_few_star():
    a, b, *c = [1]

def not_iterable():
    a, b = 5

def one_value():
    a, b = 'x'

def too_many_from_gen():
    a, b = (i for i in range(10))

attempt('too many:', too_many)
attempt('too few:', too_few)
attempt('star too few:', too_few_star)
attempt('not iterable:', not_iterable)
attempt('string:', one_value)
attempt('generator:', too_many_from_gen)
