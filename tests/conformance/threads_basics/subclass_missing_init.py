# A Thread subclass whose __init__ skips Thread.__init__ fails at start().
import threading


class Broken(threading.Thread):
    def __init__(self, value):
        self.value = value

    def run(self):
        print("never")


b = Broken(5)
try:
    b.start()
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(b.value)
