# _thread.get_ident and threading.get_ident agree, are stable within a thread and differ between live threads.
import _thread
import threading

main_id = _thread.get_ident()
print("same in main:", main_id == threading.get_ident() == threading.main_thread().ident)
seen = {}
both = threading.Barrier(2)


def worker(name):
    first = _thread.get_ident()
    both.wait()  # both threads alive at once, so their idents must differ
    seen[name] = (first, _thread.get_ident(), threading.current_thread().ident)


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("stable within a thread:", all(x == y == z for x, y, z in seen.values()))
print("a != b:", seen["a"][0] != seen["b"][0])
print("neither is main:", main_id not in (seen["a"][0], seen["b"][0]))
print("get_ident is int:", type(main_id).__name__)
