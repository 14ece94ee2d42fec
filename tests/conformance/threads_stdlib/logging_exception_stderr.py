# logger.exception logs the message and traceback; default basicConfig writes to stderr.
import logging
import threading

logging.basicConfig(level=logging.INFO, format="%(threadName)s:%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("worker")


def risky():
    try:
        {}["key"]
    except KeyError:
        log.exception("lookup failed in %s", threading.current_thread().name)
    log.info("carrying on")


t = threading.Thread(target=risky, name="Lookup")
t.start()
t.join()
print("stdout stays clean; the log went to stderr")
