# pow, abs, divmod, sum, min, max on numbers, with int/float result types.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(-8, 2), pow(0, 0))
print(2 ** 0.5, 10 ** -2, (-2) ** 2, -2 ** 2, 0.0 ** 0, type(2 ** -1).__name__)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-2, 2.5))
print(sum([1, 2, 3]), sum([0.1] * 3), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(max(3, 7.5, -1), min([4, 2, 8]), max('apple', 'pear'), min(1, True), max(0, False, -0.0))
print(type(pow(2, 3, 5)).__name__, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
