# iskeyword() and issoftkeyword() accept any hashable value and answer False for non-strings.
import keyword

for value in (None, 1, ('def',), b'def', 'def'):
    print(repr(value), keyword.iskeyword(value), keyword.issoftkeyword(value))
