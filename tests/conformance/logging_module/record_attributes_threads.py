# Record fields a thread program logs: thread name, function, line, module, process name, and stacklevel.
import logging
import sys
import threading

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter(
    "%(threadName)-9s|%(funcName)s:%(lineno)d|%(module)s|%(filename)s|%(processName)s|%(levelname)s %(message)s"))
log = logging.getLogger("fields")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def helper(msg):
    log.info(msg, stacklevel=2)


def work(n):
    log.debug("working on %d", n)
    helper("reported at the caller's line")


log.info("main starts")
threads = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(2)]
for t in threads:
    t.start()
    t.join()
helper("from module level")
record = logging.LogRecord("n", logging.INFO, "/some/path/job.py", 7, "x=%s", (1,), None, func="fn")
print(record.getMessage(), record.filename, record.module, record.funcName, record.lineno, record.levelname)
print(repr(record))
print(record.threadName, record.processName, record.thread == threading.get_ident(), type(record.process).__name__)
rec = logging.makeLogRecord({"msg": "made %s", "args": ("by dict",), "levelno": 5})
print(rec.getMessage(), rec.name, rec.levelno)
one_dict = logging.LogRecord("n", 20, "p", 1, "%(user)s did %(what)s", ({"user": "ann", "what": "it"},), None)
print(one_dict.getMessage())
