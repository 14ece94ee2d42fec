"""Recursion through sum(generator) and list(map(...)) reaches the same depth as in CPython before RecursionError."""
def depth(n):
    if n == 0:
        return 0
    return sum(depth(n - 1) + 1 for _ in range(1))
for n in (300, 400, 490, 497, 498, 499, 500, 510):
    try:
        print(n, depth(n))
    except RecursionError:
        print(n, "RecursionError")
def listed(n):
    return list(map(lambda _: listed(n - 1), [0])) if n else []
for n in (200, 300, 330, 332, 333, 340):
    try:
        listed(n)
        print(n, "ok")
    except RecursionError:
        print(n, "RecursionError")
def plain(n):
    return 0 if n == 0 else plain(n - 1) + 1
for n in (996, 997, 998, 999):
    try:
        print(n, plain(n))
    except RecursionError:
        print(n, "RecursionError")
