# QueueHandler/QueueListener: threads log into a queue; one listener thread writes them (errors to stderr).
import logging
import logging.handlers
import queue
import sys
import threading

records = queue.Queue()
out = logging.StreamHandler(sys.stdout)
err = logging.StreamHandler()
err.setLevel(logging.ERROR)
out.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
out.addFilter(lambda record: record.levelno < logging.ERROR)
listener = logging.handlers.QueueListener(records, out, err, respect_handler_level=True)
log = logging.getLogger("queued")
log.addHandler(logging.handlers.QueueHandler(records))
log.setLevel(logging.INFO)
log.propagate = False
listener.start()
print("listener thread is a daemon:", listener._thread.daemon)


def worker(n):
    log.info("job %d done", n)


for i in range(3):
    t = threading.Thread(target=worker, args=(i,), name=f"w{i}")
    t.start()
    t.join()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failure is formatted before queuing")
listener.stop()
print("stopped; queue empty:", records.empty(), "unfinished:", records.unfinished_tasks)
