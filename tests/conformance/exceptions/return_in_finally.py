# A return (or break) in finally overrides the try's return and swallows exceptions.
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('finally sees x =', x)
print(evaluated_first())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f'broke at {i}'
print(break_in_finally())
def mutable():
    items = []
    try:
        return items
    finally:
        items.append('added in finally')
print(mutable())
