# dedent removes common leading whitespace; indent adds a prefix to chosen lines.
import textwrap

code = '''
    def worker():
        while True:
            item = q.get()
    \t
        return
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   x\n     y\n')))
print(textwrap.indent('first\n\nthird\n', '> '), end='')
print(repr(textwrap.indent('a\n\nb', '+ ', lambda line: True)))
