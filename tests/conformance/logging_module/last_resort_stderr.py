# With no handlers configured, warnings and above go to stderr through the last-resort handler, message only.
import logging
import threading

log = logging.getLogger("lonely")
log.info("info is below the last resort's WARNING level")
log.warning("a warning with no handler")


def worker():
    logging.getLogger("lonely.child").error("error from %s", threading.current_thread().name)


t = threading.Thread(target=worker, name="W1")
t.start()
t.join()
print("root handlers:", logging.getLogger().handlers)
print(repr(logging.lastResort))
logging.warning("module-level call configures the root logger")
print("root handlers now:", logging.getLogger().handlers)
