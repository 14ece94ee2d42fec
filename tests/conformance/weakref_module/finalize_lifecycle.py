# weakref.finalize: runs once when the object dies, or when called; detach, peek, alive; leftovers run at exit.
import weakref


class Temp:
    pass


def cleanup(label, *, loud=False):
    print("cleanup", label, "loud" if loud else "")
    return f"cleaned {label}"


t = Temp()
fin = weakref.finalize(t, cleanup, "on death", loud=True)
print("alive:", fin.alive, "peek:", fin.peek()[0] is t, fin.peek()[1].__name__, fin.peek()[2:])
del t
print("alive after death:", fin.alive, fin())
t2 = Temp()
fin2 = weakref.finalize(t2, cleanup, "called early")
print(fin2(), fin2(), fin2.alive)
t3 = Temp()
fin3 = weakref.finalize(t3, cleanup, "detached")
obj, func, args, kwargs = fin3.detach()
print("detached:", obj is t3, func.__name__, args, kwargs, fin3.alive, fin3.detach())
del t3
keep = Temp()
weakref.finalize(keep, cleanup, "at exit, second")
keep2 = Temp()
weakref.finalize(keep2, cleanup, "at exit, first")
quiet = weakref.finalize(Temp(), cleanup, "never at exit")
print("quiet already ran:", not quiet.alive)
skip = Temp()
f_skip = weakref.finalize(skip, cleanup, "skipped at exit")
f_skip.atexit = False
print("main ends")
