# itemgetter/attrgetter as sort keys, with single and multiple items, and their reprs.
from operator import itemgetter, attrgetter

rows = [('bob', 25, 'b'), ('alice', 30, 'a'), ('carol', 25, 'c')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)('xyz'), itemgetter('k')({'k': 5}), itemgetter(slice(1, 3))('hello'))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('x.y', 'z'))


class P:
    def __init__(self, name, age, city):
        self.name, self.age, self.home = name, age, type('Home', (), {'city': city})()


people = [P('ann', 40, 'Oslo'), P('ben', 22, 'Rome'), P('cy', 31, 'Bern')]
print([p.name for p in sorted(people, key=attrgetter('age'))], attrgetter('name', 'age')(people[0]))
print(sorted(p.name for p in people), [attrgetter('home.city')(p) for p in people])
for bad in (lambda: itemgetter(), lambda: attrgetter(1), lambda: itemgetter(5)([1]), lambda: attrgetter('zz')(1)):
    try:
        bad()
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
