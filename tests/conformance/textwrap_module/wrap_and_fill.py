# wrap and fill at several widths; whitespace is collapsed at line edges.
import textwrap

text = ('The Global Interpreter Lock lets only one thread execute Python bytecode at a time, '
        'so CPU-bound threads take turns while I/O-bound threads overlap their waiting.')
for width in (20, 35, 50):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('  indented start', 8))
