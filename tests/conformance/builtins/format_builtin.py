# format() with specs for numbers and strings, and __format__ on a user class.
print(format(1234.5, ',.2f'), format(0.25, '%'), format(42, '>6'), format(42, '<6') + '|', format('hi', '^6') + '|')
print(format(255, 'b'), format(255, '#o'), format(-255, 'x'), format(3.0, 'g'), format(1e-10, 'g'))
print(format(12, 'c') == '\x0c', format(65, 'c'))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f'${self.cents / 100:.2f}'
        return format(text, spec) if spec else text
m = Money(12345)
print(format(m), format(m, '>12'), f'{m}', f'[{m:<10}]', '{:^12}'.format(m))
class NoFormat:
    pass
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print('TypeError', e)
