# Replacing, inserting and deleting through slice assignment.
a = list(range(6))
a[1:3] = ['x']
print(a)
a[1:1] = ['ins1', 'ins2']
print(a)
a[:] = a[::-1]
print(a)
a[::2] = 'ABCD'
print(a)
del a[1::2]
print(a)
a[len(a):] = [7, 8]
a[:0] = [0]
print(a)
del a[:]
print(a)
b = [1, 2, 3, 4, 5]
b[-2:] = []
print(b)
try:
    b[::2] = [9]
except ValueError as e:
    print('ValueError', e)
try:
    b[0:1] = 5
except TypeError as e:
    print('TypeError', e)
alias = b
b[:] = [42]
print(alias)
