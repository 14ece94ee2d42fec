# sys.setrecursionlimit raises and lowers the limit; too low a value is rejected.
import sys
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    depth(200)
except RecursionError as e:
    print('limit 100:', e)
print(depth(50))
sys.setrecursionlimit(3000)
print(depth(2500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
