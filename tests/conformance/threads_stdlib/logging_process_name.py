# %(processName)s and %(threadName)s in a format string, plus extra= fields.
import logging
import sys
import threading

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(processName)s/%(threadName)s] %(user)s %(message)s"))
log = logging.getLogger("audit")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def act(user):
    log.info("logged in", extra={"user": user})


for user in ("ann", "bob"):
    t = threading.Thread(target=act, args=(user,), name=f"session-{user}")
    t.start()
    t.join()
act("root")
