import sys
v = sys.version_info
print(v, v[:2], v.major, v.minor, v.releaselevel, v >= (3, 10), len(v), type(v).__name__)
print(v == (3, 11, 7, 'final', 0) or v[:2] == (3, 11), list(v)[:2], str(v)[:16])
a, b, *rest = v
print(a, b, len(rest))
