# sys.exit() in the main thread runs finally blocks, then still waits for non-daemon threads.
import sys
import threading
import time


def worker():
    time.sleep(0.2)
    print("worker finished after main called sys.exit")


threading.Thread(target=worker).start()
try:
    print("main calls sys.exit(3)")
    sys.exit(3)
finally:
    print("main finally block")
