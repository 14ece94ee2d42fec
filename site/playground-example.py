import threading

# Each thread sees its own attributes on a threading.local object.
local = threading.local()

def worker(name):
    local.name = name
    print(f"{threading.current_thread().name} sees local.name = {local.name!r}")

threads = [threading.Thread(target=worker, args=(n,)) for n in ("red", "green", "blue")]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("main thread has a name:", hasattr(local, "name"))
