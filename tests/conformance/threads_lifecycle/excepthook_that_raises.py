# A failing threading.excepthook reports its own error, without the thread's as context.
import threading
def hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = hook
t = threading.Thread(target=lambda: 1/0); t.start(); t.join()
print("main goes on")
