# Non-daemon threads are joined before atexit handlers run, including threads started during that wait.
import atexit
import threading
import time


def at_exit():
    print("atexit handler runs last")


atexit.register(at_exit)


def late():
    time.sleep(0.1)
    print("late thread finished")


def first():
    time.sleep(0.1)
    print("first thread starts a late one")
    threading.Thread(target=late).start()


threading.Thread(target=first).start()
print("main body ends")
