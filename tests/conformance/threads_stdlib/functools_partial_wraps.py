# functools.partial targets and a @wraps decorator used with threads.
import functools
import threading

log = []
lock = threading.Lock()


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with lock:
            log.append(f"call {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper


@logged
def scale(value, factor=1):
    """Multiply value by factor."""
    with lock:
        log.append(f"result {value * factor}")


print(scale.__name__, scale.__doc__, scale.__wrapped__.__name__)
double = functools.partial(scale, factor=2)
print(double.func is scale, double.args, double.keywords)
t1 = threading.Thread(target=double, args=(21,))
t2 = threading.Thread(target=functools.partial(scale, 5, factor=3))
print(t1.name, t2.name)
for t in (t1, t2):
    t.start()
    t.join()
print(log)
