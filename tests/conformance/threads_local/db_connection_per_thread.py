# A per-thread "database connection" cached in a local: one connection per thread, reused.
import threading
import time


class FakeConnection:
    opened = 0
    lock = threading.Lock()

    def __init__(self, owner):
        with FakeConnection.lock:
            FakeConnection.opened += 1
            self.number = FakeConnection.opened
        self.owner = owner
        self.queries = []

    def execute(self, sql):
        self.queries.append(sql)
        return f"conn#{self.number}({self.owner}) ran {sql!r}"


_local = threading.local()


def get_connection():
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = FakeConnection(threading.current_thread().name)
        _local.conn = conn
    return conn


def handle(queries, delay):
    time.sleep(delay)
    for q in queries:
        print(get_connection().execute(q))
    print(threading.current_thread().name, "used", len(get_connection().queries), "queries on one connection")


threads = [threading.Thread(target=handle, args=(["SELECT 1", "SELECT 2"], 0.0), name="web-1"),
           threading.Thread(target=handle, args=(["UPDATE t"], 0.1), name="web-2")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("connections opened:", FakeConnection.opened)
print("main has its own?", hasattr(_local, "conn"))
