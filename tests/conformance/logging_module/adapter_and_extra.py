# extra= fields, LoggerAdapter and the KeyError for extra keys that clash with record attributes.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(user)s@%(ip)s %(message)s"))
log = logging.getLogger("audit")
log.addHandler(handler)
log.propagate = False
log.warning("login", extra={"user": "ann", "ip": "10.0.0.1"})
adapter = logging.LoggerAdapter(log, {"user": "bob", "ip": "10.0.0.2"})
adapter.warning("logout %s", "now")
print(repr(adapter), adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.INFO))
for key in ("message", "asctime", "name"):
    try:
        log.warning("clash", extra={key: 1})
    except KeyError as exc:
        print("KeyError:", exc)


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['user']}] {msg}", {**kwargs, "extra": self.extra}


Prefixed(log, {"user": "cy", "ip": "-"}).error("custom process")
