a = b = c = 1
a.b = c[d] = e
x: int
y: list[int] = []
(z): int = 1
a.b: str
x += 1
x **= 2
x //= 3
x @= m
