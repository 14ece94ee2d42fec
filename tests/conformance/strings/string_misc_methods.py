# translate/maketrans, encode to bytes, str() and int() round trips, and iteration.
table = str.maketrans('abc', 'xyz', 'd')
print('abcd cab'.translate(table))
print(str.maketrans({'a': '1'}) == {97: '1'}, 'banana'.translate({ord('a'): None}))
print('héllo'.encode('utf-8'), 'abc'.encode(), b'caf\xc3\xa9'.decode('utf-8'))
for i, ch in enumerate('hey'):
    print(i, ch)
print(int('  42\n'), int('-0'), int('1_000'), float(' 2.5 '), str(int('007')))
print('Hello'.index('l'), 'x'.join('abc'), 'tEST'.capitalize())
print('a-b_c d'.replace('-', ' ').replace('_', ' ').split())
print(' '.join(w[::-1] for w in 'hello big world'.split()))
