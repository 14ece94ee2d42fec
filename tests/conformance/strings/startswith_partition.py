# startswith/endswith with tuples and ranges; partition and rpartition.
url = 'https://example.com/path/page.html'
print(url.startswith('https'), url.startswith(('ftp', 'http')), url.endswith('.html'), url.endswith(('.py', '.txt')))
print(url.startswith('example', 8), url.endswith('path', 0, 24))
print(url.partition('://'), url.rpartition('/'), url.partition('#'), url.rpartition('#'))
key, sep, value = 'name=value=more'.partition('=')
print(key, sep, value)
print('a.b.c'.rpartition('.'))
try:
    'x'.partition('')
except ValueError as e:
    print('ValueError', e)
try:
    'x'.startswith(['x'])
except TypeError as e:
    print('TypeError', e)
