# An exception raised inside an except block prints both, joined by the context message.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f'unknown key {key!r}')

print(lookup({'a': 1}, 'a'))
lookup({'a': 1}, 'b')
