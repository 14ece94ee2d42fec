# float() parsing of decimal strings, exponents, underscores, and errors.
for text in ['3.14', '-2', '  1e3 ', '1E-2', '.5', '5.', '+.5e+1', '1_000.000_1', 'inf', '-Infinity', 'NaN', 'nan ', '1e500', '-1e-500']:
    print(repr(text), float(text))
for bad in ['', 'one', '1,5', '1e', '0x1p3', '1.2.3', '_1.0', '1.0_']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
print(float(3), float(-0), float(2 ** 53 + 1), float('0.1') == 0.1)
try:
    float([])
except TypeError as e:
    print('TypeError', e)
