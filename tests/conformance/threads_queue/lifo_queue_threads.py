# LifoQueue used as a stack between threads: the consumer sees the newest item first.
import queue
import threading

stack = queue.LifoQueue()
loaded = threading.Event()


def loader():
    for page in ("home", "about", "contact"):
        stack.put(page)
    loaded.set()


t = threading.Thread(target=loader)
t.start()
loaded.wait()
t.join()
print("qsize:", stack.qsize())
while True:
    try:
        print("back to", stack.get_nowait())
    except queue.Empty:
        break
