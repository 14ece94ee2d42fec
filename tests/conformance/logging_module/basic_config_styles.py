# basicConfig with %, { and $ styles, width specs, defaults, force=True, and its argument errors.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s|%(name)5s|%(message)s")
logging.getLogger("db").debug("padded fields")
logging.basicConfig(format="ignored: root already has a handler")
logging.info("still the first format")
logging.basicConfig(stream=sys.stdout, style="{", format="{levelname:>8} {name} {message!r}", force=True)
logging.warning("brace style")
logging.basicConfig(stream=sys.stdout, style="$", format="$levelname ${name}: $message", force=True)
logging.error("dollar style")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(app)s/%(levelname)s %(message)s", defaults={"app": "demo"}))
logging.basicConfig(handlers=[handler], force=True, level="INFO")
logging.info("defaults fill missing fields")
print("root level:", logging.getLogger().level, len(logging.getLogger().handlers))
for kwargs in ({"bogus": 1, "force": True}, {"stream": sys.stdout, "filename": "x.log", "force": True},
               {"style": "!", "force": True}, {"handlers": [handler], "stream": sys.stdout, "force": True}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as exc:
        print("ValueError:", exc)
for fmt, style in (("no fields", "%"), ("%(x)", "%"), ("{}", "{"), ("{a!x}", "{"), ("{a:zz}", "{"),
                   ("}", "{"), ("{a", "{"), ("plain", "$"), ("cost $ 5", "$")):
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", repr(fmt))
    except ValueError as exc:
        print("ValueError:", exc)
