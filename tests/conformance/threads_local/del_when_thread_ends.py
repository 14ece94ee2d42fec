# A thread-local value with __del__ is finalized when its thread ends, in that thread, after threading forgot it.
import threading
import time

data = threading.local()


class Conn:
    def __init__(self, owner):
        self.owner = owner
        print("open for", owner)

    def __del__(self):
        print("close for", self.owner, "ident matches:", threading.get_ident() == idents[self.owner])
        print("  current_thread is a dummy:", threading.current_thread().name.startswith("Dummy"))


idents = {}


def work(name, delay):
    idents[name] = threading.get_ident()
    data.conn = Conn(name)
    time.sleep(delay)
    print(name, "finishing")


a = threading.Thread(target=work, args=("a", 0.05))
b = threading.Thread(target=work, args=("b", 0.10))
a.start()
time.sleep(0.02)
b.start()
a.join()
b.join()
print("main's data has conn:", hasattr(data, "conn"))
