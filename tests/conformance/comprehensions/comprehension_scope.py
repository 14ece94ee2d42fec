# Comprehension variables do not leak, and the first iterable is evaluated outside.
x = 'outer x'
result = [x for x in range(3)]
print(result, x)
i = 99
gen_list = [i * 2 for i in range(2)]
print(i)
def f():
    items = [1, 2]
    return [item + len(items) for item in items]
print(f())
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
nested = [[y for y in range(x)] for x in range(4)]
print(nested)
try:
    print(y)
except NameError as e:
    print('NameError', e)
