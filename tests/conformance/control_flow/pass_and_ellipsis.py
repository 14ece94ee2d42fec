# pass, Ellipsis and docstring-only bodies are all valid empty bodies.
def nothing():
    pass
def only_doc():
    """Just a docstring."""
def dots():
    ...
class Empty:
    pass
print(nothing(), only_doc(), dots())
print(only_doc.__doc__)
print(..., Ellipsis is ..., type(...).__name__)
print(Empty.__name__)
for _ in range(2):
    pass
print('done')
