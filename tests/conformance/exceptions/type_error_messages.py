# TypeError messages for common mistakes with operators, calls and subscripts.
three, nothing, text, pair = 3, None, 'abc', [1, 2]
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (2,), lambda: 'a' * 'b',
    lambda: None + 1, lambda: -'x', lambda: three(), lambda: nothing(), lambda: three[0],
    lambda: nothing[0], lambda: {}[[]], lambda: {[]: 1}, lambda: len(5),
    lambda: text[1.5], lambda: pair['a'], lambda: 1 < 'a', lambda: [] < {},
    lambda: int([]), lambda: sum(['a', 'b']), lambda: iter(5), lambda: next([1]),
    lambda: 'x'.join([1, 2]), lambda: abs('x'), lambda: hash([]), lambda: {1} | [2],
    lambda: set([[1]]), lambda: 'abc'.index(1), lambda: ord('ab'), lambda: chr('a'),
    lambda: isinstance(1, 'int'), lambda: 'a' in 3, lambda: 1 in 'abc',
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print('TypeError:', e)
