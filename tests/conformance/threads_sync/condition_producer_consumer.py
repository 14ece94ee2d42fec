# Condition-based producer/consumer over a bounded list; items arrive in order.
import threading

items = []
capacity = 2
cond = threading.Condition()
consumed = []


def producer():
    for i in range(8):
        with cond:
            cond.wait_for(lambda: len(items) < capacity)
            items.append(i)
            cond.notify_all()
    with cond:
        cond.wait_for(lambda: len(items) < capacity)
        items.append(None)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
            cond.notify_all()
        if item is None:
            break
        consumed.append(item * item)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print("consumed:", consumed)
print("buffer empty:", items == [])
