# Closures see the variable's current value, not the value at creation.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    def make(j):
        return lambda: j
    funcs.append(make(i))
print([f() for f in funcs])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def shared():
    value = []
    def add(v):
        value.append(v)
    def show():
        return value
    return add, show
add, show = shared()
add(1); add(2)
print(show())
