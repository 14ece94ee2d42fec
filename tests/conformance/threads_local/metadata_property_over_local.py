# A thread-safe metadata object: properties read and write a per-thread local.
import threading
import time


class RequestMetadata:
    def __init__(self):
        self._local = threading.local()

    @property
    def request_id(self):
        return getattr(self._local, "request_id", None)

    @request_id.setter
    def request_id(self, value):
        self._local.request_id = value

    @property
    def tags(self):
        if not hasattr(self._local, "tags"):
            self._local.tags = []
        return self._local.tags


meta = RequestMetadata()


def handle(req_id, delay):
    meta.request_id = req_id
    meta.tags.append(f"start-{req_id}")
    time.sleep(delay)
    meta.tags.append("end")
    print(threading.current_thread().name, meta.request_id, meta.tags)


threads = [threading.Thread(target=handle, args=(f"r{i}", 0.3 - 0.1 * i), name=f"handler-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main:", meta.request_id, meta.tags)
try:
    del meta.request_id
except AttributeError as exc:
    print("AttributeError:", exc)
