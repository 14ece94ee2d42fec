# Two local objects are independent namespaces, even with the same attribute names.
import threading

a = threading.local()
b = threading.local()
a.name = "from-a"
b.name = "from-b"
print(a.name, b.name)


def worker():
    a.name = "worker-a"
    print("worker:", a.name, getattr(b, "name", "<no b.name>"))


t = threading.Thread(target=worker)
t.start()
t.join()
print("main:", a.name, b.name)
