# string constants and simple uses: classifying characters, building alphabets.
import string

for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits',
             'punctuation', 'printable', 'whitespace'):
    value = getattr(string, name)
    print(name, len(value), repr(value))
text = 'Hello, World! 123'
print(sum(c in string.ascii_letters for c in text), sum(c in string.digits for c in text),
      ''.join(c for c in text if c not in string.punctuation))
print(sorted(string.__all__))
