# logger.exception and exc_info variants add the traceback; stack_info adds the call stack (all on stderr).
import logging

handler = logging.StreamHandler()
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("errors")
log.addHandler(handler)
log.propagate = False


def parse(text):
    return int(text)


try:
    parse("x1")
except ValueError:
    log.exception("could not parse %r", "x1")
try:
    {}["missing"]
except KeyError as exc:
    log.warning("with exc_info=exception", exc_info=exc)
    log.error("with exc_info=True", exc_info=True)
log.error("exc_info=True outside a handler", exc_info=True)
err = RuntimeError("stored")
log.critical("an exception never raised", exc_info=err)


def outer():
    inner()


def inner():
    log.info("not shown: level is WARNING")
    log.warning("where am I?", stack_info=True)


outer()
print("done; the records went to stderr")
