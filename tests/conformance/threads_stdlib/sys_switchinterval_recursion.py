# sys.getswitchinterval/setswitchinterval and the recursion limit, in main and in a thread.
import sys
import threading

print("switch interval:", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("after set:", sys.getswitchinterval())
sys.setswitchinterval(0.005)
try:
    sys.setswitchinterval(0)
except ValueError as exc:
    print("ValueError:", exc)
print("recursion limit:", sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("depth 900 in main:", depth(900))
out = []
t = threading.Thread(target=lambda: out.append(depth(500)))
t.start()
t.join()
print("depth 500 in a thread:", out)
try:
    depth(5000)
except RecursionError as exc:
    print("RecursionError:", exc, isinstance(exc, RuntimeError))
