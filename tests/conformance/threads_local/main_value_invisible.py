# A value set in the main thread is invisible to workers, and workers never change main's value.
import threading

state = threading.local()
state.level = "main-level"
results = []


def worker(n):
    results.append((n, getattr(state, "level", None)))
    state.level = f"worker-{n}"
    results.append((n, state.level))


for n in range(3):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
for row in results:
    print(row)
print("main still sees:", state.level)
