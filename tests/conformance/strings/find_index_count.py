# find, rfind, index, rindex and count with start and end arguments.
s = 'the cat sat on the mat'
print(s.find('at'), s.rfind('at'), s.find('at', 6), s.find('at', 6, 9), s.find('dog'))
print(s.index('the'), s.rindex('the'), s.count('at'), s.count('at', 10), s.count(''))
print(s.find(''), s.find('', 100), 'aaaa'.count('aa'), 'abc'.find('c', -1))
print('at' in s, 'dog' not in s, '' in s)
try:
    s.index('dog')
except ValueError as e:
    print('ValueError', e)
try:
    s.rindex('dog')
except ValueError as e:
    print('ValueError', e)
