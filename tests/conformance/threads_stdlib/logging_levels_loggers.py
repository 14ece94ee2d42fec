# Logger levels, hierarchy and propagation, with output on stdout and no timestamps.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(threadName)-10s %(levelname)-8s %(name)s %(message)s")
root = logging.getLogger()
db = logging.getLogger("app.db")
web = logging.getLogger("app.web")
web.setLevel(logging.WARNING)

db.debug("hidden: below INFO")
db.info("connected")
web.info("hidden: web is WARNING")
web.error("500 on /index")
print(logging.getLogger("app.db") is db, db.parent.name, db.getEffectiveLevel(), web.getEffectiveLevel())


def job():
    db.warning("slow query in %s", "job")
    logging.info("root logger from a thread")
    logging.critical("critical %d%%", 99)


t = threading.Thread(target=job, name="Job")
t.start()
t.join()
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15))
