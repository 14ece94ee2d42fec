# Operator functions with reduce and map: arithmetic, comparisons, containment, in-place forms.
import operator


def reduce(function, items, start=None):
    items = iter(items)
    acc = next(items) if start is None else start
    for item in items:
        acc = function(acc, item)
    return acc

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), list(map(operator.neg, [1, -2])))
print(operator.sub(10, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq('a', 'a'), operator.ne(1, 1.0), operator.not_([]))
print(operator.truth(0), operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4))
print(operator.index(7), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iconcat(lst, (3,)), operator.getitem('abc', 1))
d = {}
operator.setitem(d, 'k', 1)
operator.delitem(d, 'k')
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(object(), 5), operator.abs(-3))
for bad in (lambda: operator.index(1.5), lambda: operator.indexOf([1], 2), lambda: operator.concat(1, 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
