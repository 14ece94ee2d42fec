# str.format field names: automatic and manual numbering, keywords, attributes, indexes, and specs.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return f'P<{self.x},{self.y}|{spec}>'
p = Point(3, 4)
print('{} + {} = {}'.format(1, 2, 3))
print('{0}{1}{0}'.format('ab', 'cd'), '{1}{0}'.format('x', 'y'), '{00}{01}'.format('a', 'b'))
print('{name} is {age} years'.format(name='Ann', age=7), '{a}{b}{a}'.format(a=1, b=2))
print('{0.x} {0.y} {p.x}'.format(p, p=p), '{.x}'.format(p), '{[1]}'.format('xyz'))
print('{0[0]}{0[2]} {d[key]} {d[0]} {l[1][0]}'.format('abc', d={'key': 'v', '0': 's', 0: 'i'}, l=[0, [9]]))
print('{0[ 1]} {0[1a]} {0[-1]}'.format({' 1': 'sp', '1a': 'mix', '-1': 'neg'}))
print('{a b} {a-b} {0!r}'.format('q', **{'a b': 'space', 'a-b': 'dash'}))
print('{٣}{0[١]}'.format('wxyz', 1, 2, 3))
print('{:>6}|{:<6}|{:^6}|{:*^7}|{:06.2f}|{:+d}|{:x}|{:#o}|{:,}|{:.1%}|{:e}'.format(
    'r', 'l', 'c', 'm', 3.14159, 5, 255, 8, 1234567, 0.256, 1234.5))
print('{}'.format(p), '{:spec}'.format(p), '{0:>{1}}'.format(p, 3))
print('{} {} {}'.format(None, True, [1, 'a']), '{:5}|{!s:5}|'.format(True, True))
print('{0}'.format(*['star']), '{x}'.format(**{'x': 'dstar'}))
print('{{}} {{{}}} {{0}} }}{{'.format('in'))
print('no fields'.format(1, 2, x=3), ''.format())
print('{0:}|{:}'.format(1, 2) if False else '{0:}|{0}'.format(1))
