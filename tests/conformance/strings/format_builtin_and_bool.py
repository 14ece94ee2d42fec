# format() and str.format on bools, ints, floats and strings with and without specs.
print(format(True), format(True, ''), format(True, 'd'), format(False, '>6'), format(True, '^5'))
print(format(42), format(42, 'x'), format(-42, '08'), format(42, '+.2f'))
print(format(1.0), format(1e16), format(1e-5), format(123.456, '.1f'), format(0.1, '.20f'))
print(format('abc', '5'), format('abc', '>5'), repr(format('', '3')))
print('{} and {}'.format(True, False), '{:d}'.format(True), '{:>5}'.format(True))
print(str(True), repr(False), int(True), float(False))
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format(3, 's')
except ValueError as e:
    print('ValueError', e)
try:
    format(10, ',x')
except ValueError as e:
    print('ValueError', e)
