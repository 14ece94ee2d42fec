# Methods called on instances of a str subclass see the text and return plain str results.
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('ada lovelace')
print(n.title(), type(n.title()).__name__, n.shout(), n.split(), type(n.split()[0]).__name__)
print(n.find('love'), n.replace('a', 'A', 2), n.startswith('ada'), n.center(16, '*'), n.zfill(14))
print(n.strip('ae'), type(n.strip()).__name__, n.partition(' '), n.encode(), len(n), n[0], n[-4:])
print('{} and {}'.format(n, Name('x')), Name('{0}-{0}').format(1), '-'.join([n, Name('b')]))
print(n == 'ada lovelace', n < 'b', 'love' in n, n + '!', n * 2, Name('%s') % 5)
print(str.upper(n), str.__len__(n), str.__eq__(n, 'ada lovelace'), 'ADA LOVELACE'.lower() == n)
print(n.isalpha(), Name('abc').isalpha(), Name('x y').isspace(), Name('Title Case').istitle())
class Tag(str):
    def __str__(self):
        return '<' + str.__str__(self) + '>'
t = Tag('b')
print(t.upper(), '{}'.format(t), f'{t}', t.center(5, '.'))
class Noisy(str):
    def upper(self):
        return 'overridden'
print(Noisy('x').upper(), str.upper(Noisy('x')), Noisy('x').lower())
class Quoted(str):
    def __repr__(self):
        return 'Quoted(' + str.__repr__(self) + ')'
q = Quoted('hi')
print(str(q), repr(q), '{}'.format(q), '{!r}'.format(q), f'{q:>4}', format(q), str.__format__(q, ''), [q])
