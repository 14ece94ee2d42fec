# The default hook ignores SystemExit, but a custom excepthook is called for it.
import sys
import threading


def exit_thread():
    sys.exit("leaving")


t = threading.Thread(target=exit_thread, name="first")
t.start()
t.join()
print("default hook printed nothing for SystemExit")


def hook(args):
    print("custom hook got", args.exc_type.__name__, repr(args.exc_value.code), "from", args.thread.name)


threading.excepthook = hook
t = threading.Thread(target=exit_thread, name="second")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
