"""Two threads printing to a file object whose write() sleeps take turns between write() calls, as in CPython."""
import threading
import time

written = []


class SlowFile:
    def write(self, text):
        written.append(text)
        time.sleep(0.04)
        return len(text)

    def flush(self):
        written.append("<flush>")


slow = SlowFile()


def report(name, delay):
    time.sleep(delay)
    print(name, "is", "done", file=slow, flush=True)


a = threading.Thread(target=report, args=("ann", 0))
b = threading.Thread(target=report, args=("bob", 0.02))
a.start()
b.start()
a.join()
b.join()
print(written)
