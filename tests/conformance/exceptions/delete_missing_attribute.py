# A failed `del obj.name` raises AttributeError with no name, obj or "Did you mean" hint, and calls a module a 'module' object.
import threading
class A: pass
class S:
    __slots__=('x',)
a=A(); a.color=1
import math
for o in [a, A, math, S(), threading.local(), (lambda:0)]:
    try: delattr(o, 'colour')
    except AttributeError as e: print(repr(e), e.name, e.obj is o)
del a.colour
