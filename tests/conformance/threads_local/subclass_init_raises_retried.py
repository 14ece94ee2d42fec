# If a local subclass's __init__ raises, the access fails and the next access runs __init__ again.
import threading

attempts = []


class Flaky(threading.local):
    def __init__(self, fail_times):
        attempts.append(threading.current_thread().name)
        if attempts.count(threading.current_thread().name) <= fail_times and threading.current_thread().name != "MainThread":
            raise ConnectionError(f"attempt {len(attempts)} failed")
        self.ready = True


obj = Flaky(2)
print("main ready:", obj.ready)


def worker():
    for i in range(4):
        try:
            print("try", i, "ready:", obj.ready)
        except ConnectionError as exc:
            print("try", i, "ConnectionError:", exc)


t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
print(attempts)
