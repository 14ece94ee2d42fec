# f-strings: expressions, !r/!s/!a conversions, self-documenting =, nesting and braces.
name, items = 'Ann', [1, 2, 3]
print(f'{name!r} {name!s} {name!a} {"café"!a}')
print(f'{len(items)} {items[0] + items[-1]} {name.upper()} {"yes" if items else "no"}')
print(f'{name=} {len(items) = } {3.5=:.2f}')
print(f'{{literal braces}} {{{name}}}')
d = {'key': 'value'}
print(f"{d['key']} {d!r}")
print(f'{[x * 2 for x in items]} {dict(a=1)}')
print(f'''multi
{name}
line''')
nested = f'{f"{name:>5}":*<8}'
print(nested)
print(f'{1 + 1}' f'{2 * 3}' 'plain')
value = 12.5
print(rf'\n{value}', F'{value}', fR'{value}\t')
