# sys.exit() inside a thread ends only that thread, silently; the program goes on.
import sys
import threading


def quitter():
    print("worker about to exit")
    sys.exit(5)
    print("never printed")


def raiser():
    raise SystemExit("bye")


for target in (quitter, raiser):
    t = threading.Thread(target=target)
    t.start()
    t.join()
    print(t.name, "alive:", t.is_alive())
print("main still running; exit status stays 0")
