a < b <= c != d
x is not y
x not in y
not a == b
