a, *b = c
*a, b = c
[a, *b] = c
(a, b), c = d
for x, *y in z: pass
a, = b
