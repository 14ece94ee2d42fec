# Default names are "Thread-N (target)", numbered in creation order.
import threading


def download():
    pass


def upload():
    pass


threads = [threading.Thread(target=download), threading.Thread(target=upload),
           threading.Thread(target=download)]
for t in threads:
    print(t.name)
lam = threading.Thread(target=lambda: None)
print(lam.name)
no_target = threading.Thread()
print(no_target.name)
for t in threads + [lam, no_target]:
    t.start()
    t.join()
print(threading.current_thread().name)
