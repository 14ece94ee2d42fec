# A comprehension in a class body cannot see class variables, except the first iterable.
class Settings:
    base = 10
    values = [1, 2, 3]
    scaled_first = [v for v in values]
    try:
        scaled = [v * base for v in values]
    except NameError as e:
        error = str(e)
    lookup = {k: k for k in range(3)}
print(Settings.scaled_first)
print(Settings.error)
print(hasattr(Settings, 'scaled'))
print(Settings.lookup)
class Grid:
    size = 3
    cells = [(r, 0) for r in range(size)]
    try:
        pairs = [(r, c) for r in range(2) for c in range(size)]
    except NameError as e:
        message = str(e)
print(Grid.cells)
print(Grid.message)
