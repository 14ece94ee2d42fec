# nonlocal rebinds the enclosing function's name; global rebinds the module's.
total = 0
def add(n):
    global total
    total += n
add(3); add(4)
print(total)
def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    result = middle()
    return x, result
print(outer())
def define_global():
    global created_later
    created_later = 'made inside a function'
define_global()
print(created_later)
def shadow():
    total = 'local'
    return total
print(shadow(), total)
def reads_global():
    return total * 2
print(reads_global())
