# printf-style % formatting of strings, ints and floats, with tuples and dicts.
print('%s is %d years' % ('Ann', 30))
print('%5s|%-5s|%05d|%+d|% d|%x|%X|%o|%#x|%#o' % ('r', 'l', 42, 42, 42, 255, 255, 8, 255, 8))
print('%.2f|%8.3f|%-8.1f|%e|%E|%g|%G|%.3g' % (3.14159, 2.71828, 1.5, 12345.678, 0.00012, 1e-5, 1e20, 1234.5))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print('%r %s %a' % ('x', 'x', 'é'))
print('%(name)s has %(n)03d' % {'name': 'Bo', 'n': 7})
print('%c%c' % (72, 'i'), '100%%', '%s' % [1, 2], '%s' % (1,))
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%d' % 3.99, '%i' % -2.5, '%s' % 1.0, '%d' % True)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    '%s %s' % ('one',)
except TypeError as e:
    print('TypeError', e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    '%q' % 1
except ValueError as e:
    print('ValueError', e)
