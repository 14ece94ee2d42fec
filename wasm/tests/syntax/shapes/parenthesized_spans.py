(a) + (b)
not (a)
(a).b
((a)) * c
f((x))
(yield)
