# get_nowait/put_nowait and block=False raise Empty and Full at once.
import queue

q = queue.Queue(maxsize=2)
try:
    q.get_nowait()
except queue.Empty as exc:
    print("get_nowait on empty:", repr(exc), repr(str(exc)))
q.put_nowait("a")
q.put("b", block=False)
print("full:", q.full(), "qsize:", q.qsize())
try:
    q.put_nowait("c")
except queue.Full as exc:
    print("put_nowait on full:", repr(exc))
try:
    q.put("c", False)
except queue.Full:
    print("put(block=False) on full: Full")
print(q.get(False), q.get_nowait())
try:
    q.get(block=False)
except queue.Empty:
    print("empty again")
print(issubclass(queue.Empty, Exception), queue.Empty.__name__, queue.Full.__name__)
