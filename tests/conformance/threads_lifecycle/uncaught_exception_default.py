# An uncaught exception prints "Exception in thread NAME:" and a traceback to stderr; main continues.
import threading


def fail():
    print("worker about to fail")
    raise ValueError("bad value 42")


t = threading.Thread(target=fail)
t.start()
t.join()
print("main continues, worker alive:", t.is_alive())
