# Each process has its own globals: a child's changes to a counter never reach the parent.
import multiprocessing

counter = 0


def bump(times, q):
    global counter
    for _ in range(times):
        counter += 1
    q.put(counter)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=bump, args=(5, q))
    p.start()
    child_value = q.get()
    p.join()
    print("child counter:", child_value)
    print("parent counter:", counter)
    bump(2, q)
    print("parent after its own bumps:", q.get(), counter)
