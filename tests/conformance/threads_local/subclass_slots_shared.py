# __slots__ on a local subclass are shared by all threads, unlike ordinary attributes.
import threading


class Tagged(threading.local):
    __slots__ = ("tag", "__dict__")


obj = Tagged()
obj.tag = "from-main"
obj.note = "main-note"
seen = {}


def worker():
    seen["tag"] = obj.tag
    seen["has note"] = hasattr(obj, "note")
    obj.tag = "from-worker"
    obj.note = "worker-note"


t = threading.Thread(target=worker)
t.start()
t.join()
print(seen)
print("main tag now:", obj.tag)
print("main note:", obj.note)
