# An exception raised in a Timer callback is reported like any thread's.
import threading


def callback():
    print("timer fired")
    raise KeyError("session")


timer = threading.Timer(0.05, callback)
timer.start()
timer.join()
print("timer name:", timer.name)
