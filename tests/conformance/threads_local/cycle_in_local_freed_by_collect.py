# A thread-local value caught in a reference cycle is not freed when its thread ends, only by gc.collect().
import gc
import threading

data = threading.local()


class Conn:
    def __init__(self, owner):
        self.owner = owner
        self.me = self

    def __del__(self):
        print("close for", self.owner, "in a thread named", threading.current_thread().name)


def work():
    data.conn = Conn("worker")
    print("worker done")


t = threading.Thread(target=work, name="worker")
t.start()
t.join()
print("joined; collecting")
print("collected:", gc.collect())
print("end")
