# A custom threading.excepthook receives the exception type, value, traceback and thread.
import threading


def hook(args):
    print("hook:", args.exc_type.__name__, "|", args.exc_value, "|", args.thread.name)
    print("  traceback present:", args.exc_traceback is not None)
    print("  running in:", threading.current_thread().name)


threading.excepthook = hook


def divide():
    return 1 / 0


def lookup():
    return {}["missing"]


for fn, name in ((divide, "divider"), (lookup, "looker")):
    t = threading.Thread(target=fn, name=name)
    t.start()
    t.join()
print("original hook kept:", threading.__excepthook__ is not hook)
