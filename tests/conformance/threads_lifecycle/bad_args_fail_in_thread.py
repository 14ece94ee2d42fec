# Bad args are not checked at start(): the TypeError is raised inside the new thread and reported on stderr.
import threading


def needs_two(a, b):
    print("never", a, b)


t = threading.Thread(target=needs_two, args=(1,), name="too-few")
t.start()
t.join()
t = threading.Thread(target=needs_two, args=5, name="not-iterable")
t.start()
t.join()
print("main unaffected; started both:", t.ident is not None)
