# string.capwords splits on whitespace (or sep), capitalizes, and rejoins.
import string

for s in ('hello world', '  many   spaces  here ', "it's a DOG's life", 'x'):
    print(repr(string.capwords(s)))
print(string.capwords('a-b-c', '-'), string.capwords('one,two', ','), repr(string.capwords('')))
