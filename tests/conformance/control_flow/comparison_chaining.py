# Chained comparisons evaluate each operand once and stop early.
def v(n):
    print('eval', n)
    return n
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 == 1.0 == True)
print('a' < 'b' < 'c' != 'd')
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd')
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
