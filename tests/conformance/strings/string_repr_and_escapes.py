# repr of strings picks quotes and escapes control and non-printable characters.
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline', 'back\\slash', '\x00\x7f', 'café', '\u200b', 'emoji 😀', '\r', '\x1b[0m']:
    print(repr(s))
print('a\tb', 'c\\d', len('\n'), len(r'\n'), len('\x41'), '\x41\u0042\N{LATIN SMALL LETTER C}')
print("adjacent" ' literals ' """join""")
print('''triple 'single' "double"''')
print(ascii('café ü'), ascii(['ß']))
