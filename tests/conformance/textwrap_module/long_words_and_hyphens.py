# Long words are broken (or not), hyphenated words split after hyphens, em-dashes stand alone.
import textwrap

print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('a well-known thread-safe, lock-free queue', 12))
print(textwrap.wrap('a well-known thread-safe queue', 12, break_on_hyphens=False))
print(textwrap.wrap('wait--then go', 6), textwrap.wrap('x-y a-b-c 12-34', 4))
