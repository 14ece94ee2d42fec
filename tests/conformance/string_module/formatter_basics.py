# string.Formatter formats like str.format and exposes its conversion hooks.
import string

f = string.Formatter()
print(f.format('{0}-{name}-{1:>4}', 'a', 7, name='n'), f.convert_field('x', 'r'), f.format_field(3.14159, '.2f'))
print(f.get_value(1, ('a', 'b'), {}), f.get_value('k', (), {'k': 'v'}))
