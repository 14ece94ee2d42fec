a or b and not c or d
not a and b
(a or b) and c
