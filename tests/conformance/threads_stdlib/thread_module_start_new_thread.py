# _thread.start_new_thread runs a function in a new thread; an allocate_lock lock signals completion.
import _thread

done = _thread.allocate_lock()
done.acquire()
results = []


def worker(a, b, *, scale=1):
    results.append((a + b) * scale)
    done.release()


ident = _thread.start_new_thread(worker, (2, 3), {"scale": 10})
done.acquire()
print("results:", results)
print("start_new_thread returns an int ident:", isinstance(ident, int))
print("different from main:", ident != _thread.get_ident())
print("lock type:", type(done).__name__, done.locked())
done.release()
print("locked after release:", done.locked())
