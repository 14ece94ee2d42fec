# daemon defaults, the daemon= argument, inheritance from the creating thread, and late changes.
import threading

a = threading.Thread(target=lambda: None)
b = threading.Thread(target=lambda: None, daemon=True)
c = threading.Thread(target=lambda: None)
c.daemon = True
print(a.daemon, b.daemon, c.daemon)

inherited = {}


def spawner():
    child = threading.Thread(target=lambda: None)
    explicit = threading.Thread(target=lambda: None, daemon=False)
    inherited["child"] = child.daemon
    inherited["explicit"] = explicit.daemon


s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
print(inherited)

for t in (a, b, c):
    t.start()
    t.join()
try:
    a.daemon = True
except RuntimeError as exc:
    print("after finish:", exc)
try:
    threading.main_thread().daemon = True
except RuntimeError as exc:
    print("main:", exc)
