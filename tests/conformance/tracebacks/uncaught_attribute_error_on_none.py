# AttributeError on None from a function that forgot to return.
def build_name(first, last):
    full = f'{first} {last}'

name = build_name('Ada', 'Lovelace')
print(name.upper())
