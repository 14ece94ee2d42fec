# A Timer runs its callback in a new thread with its own view of a local.
import threading

loc = threading.local()
loc.where = "main"


def callback(tag):
    print("timer sees where:", getattr(loc, "where", "<unset>"))
    loc.where = tag
    print("timer set where:", loc.where)


timer = threading.Timer(0.05, callback, args=("timer",))
timer.start()
timer.join()
print("main still:", loc.where)
