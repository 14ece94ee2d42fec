# Assigning a name anywhere in a function makes it local everywhere in it.
total = 10
def broken():
    total += 1
    return total
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def read_before_assign():
    print(value)
    value = 1
try:
    read_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    item = 1
    del item
    return item
try:
    deleted()
except NameError as e:
    print(type(e).__name__, e)
def free_var_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
free_var_unbound()
print(issubclass(UnboundLocalError, NameError))
