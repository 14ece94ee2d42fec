# itemgetter as the key of sorted() and itertools.groupby over records.
from itertools import groupby
from operator import itemgetter

sales = [('north', 'q1', 10), ('south', 'q1', 7), ('north', 'q2', 3), ('south', 'q2', 12), ('east', 'q1', 4)]
by_region = sorted(sales, key=itemgetter(0))
for region, rows in groupby(by_region, key=itemgetter(0)):
    rows = list(rows)
    print(region, sum(map(itemgetter(2), rows)), [r[1] for r in rows])
print(max(sales, key=itemgetter(2)), min(sales, key=itemgetter(2, 1)))
