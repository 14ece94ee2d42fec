# Unbounded recursion raises RecursionError, which can be caught and printed.
import sys
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print('after recovery', deep(100))
