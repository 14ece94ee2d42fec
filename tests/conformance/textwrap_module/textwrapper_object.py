# A reusable TextWrapper whose attributes change between calls; tabs and newlines become spaces.
import textwrap

w = textwrap.TextWrapper(width=18)
print(w.wrap('one two three four five six seven'))
w.width = 12
w.initial_indent = '* '
print(w.fill('tabs\tand\nnewlines become spaces here'))
w.expand_tabs = False
w.replace_whitespace = False
print(w.wrap('a\tb'))
w2 = textwrap.TextWrapper(width=15, drop_whitespace=False)
print(w2.wrap('keep   the   spaces   here'))
