# Level numbers and names: getLevelName both ways, custom levels, setLevel with strings, errors.
import logging
import sys

print([logging.getLevelName(n) for n in (0, 10, 20, 30, 40, 50, 5, 35)])
print(logging.getLevelName("WARNING"), logging.getLevelName("WARN"), logging.getLevelName("FATAL"),
      logging.getLevelName("nope"))
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL, logging.NOTSET)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
log = logging.getLogger("levels")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelno)s %(levelname)s %(message)s"))
log.addHandler(handler)
log.propagate = False
log.setLevel("NOTICE")
print("effective:", log.getEffectiveLevel(), log.isEnabledFor(20), log.isEnabledFor(25))
log.info("hidden")
log.log(25, "custom level %s", "shown")
log.log(35, "unnamed level")
handler.setLevel(logging.ERROR)
log.warning("filtered by the handler's level")
log.error("passes the handler")
for bad in ("LOUD", 2.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    log.log("INFO", "level must be an int")
except TypeError as exc:
    print("TypeError:", exc)
logging.disable(logging.ERROR)
log.error("disabled")
log.critical("above the disable level")
logging.disable(logging.NOTSET)
log.error("enabled again")
print(sorted(logging.getLevelNamesMapping().items()))
