# A mutable class-attribute default is one object shared by all threads; assign per thread instead.
import threading


class Bag(threading.local):
    shared_items = []

    def __init__(self):
        self.own_items = []


bag = Bag()


def worker(label):
    bag.shared_items.append(label)
    bag.own_items.append(label)


for label in ("a", "b", "c"):
    t = threading.Thread(target=worker, args=(label,))
    t.start()
    t.join()
print("shared default:", bag.shared_items)
print("main's own:", bag.own_items)
print("same object as class attribute:", bag.shared_items is Bag.shared_items)
