-x ** 2
2 ** -1
2 ** 3 ** 4
a + b * c - d / e // f % g @ h
a | b ^ c & d << e >> f
-(-x)
~+x
