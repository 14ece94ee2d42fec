# isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isupper, islower, istitle, isidentifier.
samples = ['123', '12.5', '', 'abc', 'Abc', 'ABC', 'a1', ' \t\n', '½', '²', 'Title Case', 'snake_case', '2abc', 'é']
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable()]
    print(f'{s!r:14}', ''.join('T' if f else '.' for f in flags))
