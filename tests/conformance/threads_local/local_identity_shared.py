# The local object itself is one shared object; only its attributes are per thread.
import threading

loc = threading.local()
seen = []


def worker():
    seen.append(loc)
    loc.mark = threading.current_thread().name


threads = [threading.Thread(target=worker, name=f"t{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
print("same object in every thread:", all(obj is loc for obj in seen))
print("main sees mark:", hasattr(loc, "mark"))
print(isinstance(loc, threading.local), threading.local is type(loc))
