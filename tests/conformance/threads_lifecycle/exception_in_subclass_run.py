# An exception escaping an overridden run() goes to the excepthook with that thread.
import threading


class Job(threading.Thread):
    def run(self):
        print(self.name, "running")
        raise OSError(2, "No such file")


seen = []
threading.excepthook = lambda args: seen.append((args.thread.name, type(args.exc_value).__name__, str(args.exc_value)))
j = Job(name="job-1")
j.start()
j.join()
print(seen)
