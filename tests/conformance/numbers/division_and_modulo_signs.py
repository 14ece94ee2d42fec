# Floor division and modulo follow the divisor's sign for ints and floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(f'{a} // {b} = {a // b}; {a} % {b} = {a % b}; divmod = {divmod(a, b)}; {a} / {b} = {a / b}')
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (5, 0.5), (1, 0.1)]:
    print(f'{a} // {b} = {a // b!r}; {a} % {b} = {a % b!r}; divmod = {divmod(a, b)}')
print(-1 % 10, -11 % 10, 11 % -10, 3 % 1.5, -3 % 1.5, 0.1 % 1, -0.1 % 1)
print(10 / 2, type(10 / 2).__name__, 10 // 2.0, 2 ** -2)
print(int(-7 / 2), -7 // 2, round(-7 / 2), int(7.9), int(-7.9))
