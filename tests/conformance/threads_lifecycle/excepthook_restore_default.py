# Restoring threading.__excepthook__ brings back the stderr report.
import threading


def hook(args):
    print("custom:", args.exc_value)


def boom(msg):
    raise RuntimeError(msg)


threading.excepthook = hook
t = threading.Thread(target=boom, args=("handled by custom hook",), name="one")
t.start()
t.join()

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=boom, args=("reported on stderr",), name="two")
t.start()
t.join()
print("end")
