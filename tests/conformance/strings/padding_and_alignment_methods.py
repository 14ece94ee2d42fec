# center, ljust, rjust, zfill and expandtabs.
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(6, '*') + ']', '[' + 'abc'.center(6, '*') + ']')
print('[' + 'x'.ljust(4, '.') + ']', '[' + 'x'.rjust(4) + ']', '[' + 'long'.ljust(2) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(5), '3.14'.zfill(7), ''.zfill(2))
print(repr('a\tb\tc'.expandtabs()), repr('ab\tc'.expandtabs(4)), repr('\t'.expandtabs(2)))
try:
    'x'.center(5, '**')
except TypeError as e:
    print('TypeError', e)
