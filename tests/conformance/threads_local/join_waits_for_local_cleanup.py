# join() returns only after the thread-local values of the joined thread are freed, including a slow __del__.
import threading, time
class C:
    def __del__(self):
        time.sleep(0.05)
        print("tlocal __del__ finished")
loc = threading.local()
def work():
    loc.v = C()
t = threading.Thread(target=work)
t.start(); t.join()
print("after join")
