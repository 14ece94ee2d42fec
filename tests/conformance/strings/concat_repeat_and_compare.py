# Concatenation, repetition, comparison, ord/chr and immutability of strings.
a = 'ab'
b = a
a += 'cd'
print(a, b)
print('-' * 10, 'ab' * 3, 'x' * 0, 'x' * -2 == '', 3 * 'z')
print('apple' < 'banana', 'Zebra' < 'apple', 'abc' < 'abcd', 'a' == 'a', 'B' > 'A')
print(sorted(['banana', 'Apple', 'cherry', 'apple']), sorted(['b', 'A', 'a'], key=str.lower))
print(min('hello'), max('hello'), len('hello'), 'hello'.count('l'))
print(list('abc'), tuple('ab'), ''.join(reversed('abc')))
print(ord('A'), ord('é'), chr(97), chr(8364), ord('\n'))
print(str(123) + 'x', 'n' + str(4.5), str(None), str([1, 'a']))
