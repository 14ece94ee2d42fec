# print with sep, end, file=sys.stderr and flush, and print of several types.
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ', end='.\n')
print('no newline', end='')
print(' <- continued')
print()
print(1, 2.5, None, True, [1, 'x'], (2,), {'k': None}, sep=' | ')
print('to stderr', 42, file=sys.stderr)
print('to stdout again', flush=True)
print(*range(5), sep='-')
print('multi', 'line', sep='\n')
print('tab', 'sep', sep='\t', end='!\n')
print(sep='ignored', end='only end\n')
print(None, sep=None, end=None)
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
print('err end', end='', file=sys.stderr)
print(file=sys.stderr)
