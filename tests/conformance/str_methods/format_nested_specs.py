# Nested replacement fields inside format specs, conversions before specs, and auto numbering through specs.
print('{:{}}|'.format('x', 5), '{:>{}}|'.format('x', 5), '{:{}{}}|'.format('x', '^', 7))
print('{0:{1}.{2}f}|'.format(3.14159, 10, 3), '{x:{w}.{p}}|'.format(x='abcdef', w=5, p=2))
print('{:{fill}{align}{width}}|'.format('mid', fill='*', align='^', width=9))
print('{:{}}{}'.format(1, 3, 'z'), '{}{:{}}{}'.format('a', 'b', 4, 'c'))
print('{!r:>8}|{!s:<8}|{!a:^12}|'.format('q', 'q', 'é€'))
print('{0!r:{1}}|'.format('w', 6), '{0.real!r:>{1}}'.format(5, 4))
for width in range(3, 7):
    print('{:>{w}}|{:<{w}}|'.format('ab', 'cd', w=width))
rows = [('apple', 1.5), ('kiwi', 12.25), ('fig', 100.0)]
w = max(len(n) for n, _ in rows)
for name, price in rows:
    print('{name:<{w}} {price:>{pw}.2f}'.format(name=name, w=w, price=price, pw=8))
print('{:{{}}}'.format('x') if False else 'skip')
print('{0:{1}}'.format(12, '04d'), '{:{}}'.format(0.5, '.0%'), '{:{}}'.format(255, '#x'))
print('{!r}'.format('it\'s'), '{!a}'.format('\u20ac\n'), '{!s}'.format(b'x'))
