# is* predicates on ASCII strings, including the empty string and mixed content.
samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '12.5', '-1', ' ', '\t\n\x0b\x0c\r',
           '\x1c\x1d\x1e\x1f', 'a b', 'Hello World', 'Hello world', 'HELLO WORLD', 'hello world',
           '_private', '2fast', 'snake_case', 'CamelCase', 'with space', 'dash-ed', '\x00', '\x7f',
           '~!@#', 'A1', 'a1', '1A', 'Title Case 2', "It's", 'ONE1TWO']
names = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable',
         'isascii', 'islower', 'isupper', 'istitle', 'isidentifier']
for s in samples:
    flags = ''.join('1' if getattr(s, n)() else '.' for n in names)
    print(f'{s!r:24} {flags}')
