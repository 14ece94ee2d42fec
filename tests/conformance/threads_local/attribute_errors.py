# AttributeError messages for unset, deleted and missing attributes on locals and subclasses.
import threading


class Session(threading.local):
    pass


plain = threading.local()
sub = Session()
for obj in (plain, sub):
    try:
        obj.user
    except AttributeError as exc:
        print(exc)
plain.user = "ann"
del plain.user
try:
    del plain.user
except AttributeError as exc:
    print("second del:", exc)
print(getattr(sub, "user", "default-user"))

sub.user = "main-user"


def worker():
    try:
        print(sub.user)
    except AttributeError as exc:
        print("worker:", exc)


t = threading.Thread(target=worker)
t.start()
t.join()
print(type(plain).__name__, type(sub).__name__)
