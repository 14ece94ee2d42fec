# sys.getrefcount reports CPython's reference counts, which the engine does not keep.
import sys

x = []
print(sys.getrefcount(x) > 1)
