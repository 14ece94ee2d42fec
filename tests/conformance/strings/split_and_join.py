# str.split, rsplit, splitlines and join with separators and maxsplit.
s = '  a  b\tc\n d  '
print(s.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print(''.split(), ''.split(','), '   '.split(), ' x '.split(' '))
print('a b c d'.split(maxsplit=2), 'a b c d'.rsplit(None, 2))
print('one\ntwo\r\nthree\n'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(str(n) for n in range(3)))
print('|'.join([]), '.'.join('a'), '::'.join(('p', 'q')))
print('a1b2c3'.split('2'), 'mississippi'.split('ss'))
try:
    ' '.join(['a', 3])
except TypeError as e:
    print('TypeError', e)
