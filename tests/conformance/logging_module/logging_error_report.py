# A record that fails to format is reported on stderr ("--- Logging error ---") and the program carries on.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
log = logging.getLogger("broken")
log.addHandler(handler)
log.propagate = False


def report(count):
    log.warning("processed %d items", count)


report(3)
report("three")
log.warning("%s and %s", "only one")
print("still running")
logging.raiseExceptions = False
report("quietly")
print("no report when raiseExceptions is False")
