# An uncaught exception in the main thread prints its traceback, yet non-daemon threads still finish.
import threading
import time


def worker():
    time.sleep(0.2)
    print("worker finished after main's exception")


threading.Thread(target=worker).start()
print("main raises")
raise LookupError("main failed")
