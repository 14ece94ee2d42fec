# str.format with positional, numbered, named, attribute and index fields.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[0]} {0[1]} {d[key]}'.format(['x', 'y'], d={'key': 'v'}))
class P:
    x = 3
print('{p.x} {p.x:>4}'.format(p=P()))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:08.3f} {:+d} {:,} {:.0%}'.format(3.14159, 5, 10 ** 7, 0.256))
print('{!r} {!s}'.format('q', 'q'))
print('{0:{1}}|'.format('w', 6))
print('{{}} {}'.format('escaped'))
print('{:x}'.format(3735928559), '{:#b}'.format(10))
data = {'a': 1, 'b': 2}
print('{a}-{b}'.format(**data), '{a}'.format_map(data))
try:
    '{} {}'.format('only one')
except IndexError as e:
    print('IndexError', e)
try:
    '{missing}'.format(present=1)
except KeyError as e:
    print('KeyError', e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError', e)
