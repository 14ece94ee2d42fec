# An explicit name does not use up a number; an automatic one is used up at creation.
import threading


def task():
    pass


a = threading.Thread(target=task)
b = threading.Thread(target=task, name="named")
c = threading.Thread(target=task)
c.name = "renamed-before-start"
d = threading.Thread(target=task)
for t in (a, b, c, d):
    print(t.name)
for t in (a, b, c, d):
    t.start()
    t.join()
e = threading.Thread(target=task)
print(e.name)
