# import x, import x as y, from x import y, from x import y as z, and module attributes.
import sys
import math as m
from collections import OrderedDict, deque as dq
from functools import reduce
import itertools, functools
print(type(sys).__name__, m.__name__, m.sqrt(16))
print(dq([1, 2]), OrderedDict(a=1))
print(reduce(lambda a, b: a * b, range(1, 6)))
print(itertools.__name__, functools.__name__)
import math
print(math is m)
def inside():
    import collections
    return collections.Counter('aab').most_common(1)
print(inside())
print('math' in sys.modules)
print(__name__)
