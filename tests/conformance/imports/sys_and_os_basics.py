# sys attributes with fixed values and os.getpid returning an int.
import sys
import os
print(sys.getrecursionlimit(), sys.getswitchinterval())
print(sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
print(type(os.getpid()).__name__, os.getpid() == os.getpid())
sys.stdout.write('written with sys.stdout.write\n')
n = sys.stdout.write('abc\n')
print(n)
sys.stdout.flush()
sys.stderr.write('to stderr\n')
print(sys.byteorder in ('little', 'big'), type(sys.modules).__name__)
