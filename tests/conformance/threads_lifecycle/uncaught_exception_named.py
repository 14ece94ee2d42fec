# The stderr report names the thread; other threads and main keep printing to stdout.
import threading
import time


def parse(text):
    return int(text)


def crash():
    parse("not a number")


def survivor():
    time.sleep(0.1)
    print("survivor done")


a = threading.Thread(target=crash, name="parser-1")
b = threading.Thread(target=survivor, name="survivor")
a.start()
b.start()
a.join()
b.join()
print("exceptions do not stop other threads")
