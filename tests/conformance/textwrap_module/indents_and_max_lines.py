# initial_indent/subsequent_indent, max_lines with a placeholder, and shorten().
import textwrap

text = 'Threads share memory. Processes do not. Queues pass messages between them safely.'
print(textwrap.fill(text, 30, initial_indent='- ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, max_lines=2))
print(textwrap.wrap(text, 25, max_lines=2, placeholder=' ...'))
print(textwrap.shorten(text, 40), '|', textwrap.shorten('short', 40), '|', textwrap.shorten('one  two   three', 12))
try:
    textwrap.wrap(text, 0)
except ValueError as e:
    print('ValueError', e)
