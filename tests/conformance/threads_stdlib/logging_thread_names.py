# logging with %(threadName)-10s pads short names and never truncates long ones.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(threadName)-10s %(levelname)s %(name)s %(message)s")
log = logging.getLogger("app")


def work(n):
    log.info("working on %d", n)
    log.debug("detail for %s", threading.current_thread().name)


log.info("starting")
for name in ("w1", "a-very-long-thread-name"):
    t = threading.Thread(target=work, args=(len(name),), name=name)
    t.start()
    t.join()
t = threading.Thread(target=work, args=(0,))
t.start()
t.join()
log.warning("done")
