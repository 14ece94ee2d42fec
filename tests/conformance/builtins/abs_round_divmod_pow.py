# abs, round, divmod and pow on ints, floats and bools, including result types.
values = [-7, 7, -2.5, 0.0, True, -2 ** 65]
for v in values:
    print(repr(v), abs(v), type(abs(v)).__name__)
print(round(2.5), round(3.5), round(-2.5), round(1.23456, 3), round(1234, -2), round(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2), divmod(True, True))
print(pow(3, 4), pow(3, -1), pow(3.0, 2), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 0.5))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print('TypeError', e)
try:
    divmod('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    round('1.5')
except TypeError as e:
    print('TypeError', e)
