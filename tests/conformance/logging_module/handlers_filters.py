# Custom handlers and filters: Handler subclasses, Filter by name, callables as filters, handler names.
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


collected = ListHandler()
collected.setFormatter(logging.Formatter("%(name)s:%(message)s"))
root_app = logging.getLogger("svc")
root_app.addHandler(collected)
root_app.setLevel(logging.DEBUG)
root_app.propagate = False
collected.addFilter(logging.Filter("svc.api"))
logging.getLogger("svc.api").info("kept")
logging.getLogger("svc.api.v2").info("kept: descendant")
logging.getLogger("svc.apix").info("dropped: not a descendant")
logging.getLogger("svc").info("dropped: parent")
print(collected.records)
collected.filters.clear()
root_app.addFilter(lambda record: "secret" not in record.getMessage())
root_app.info("a secret message")
root_app.info("a public message")
print(collected.records[-1], len(collected.records))


class Tagger(logging.Filter):
    def filter(self, record):
        record.tag = "T"
        return True


stream = logging.StreamHandler(sys.stdout)
stream.setFormatter(logging.Formatter("%(tag)s %(message)s"))
stream.addFilter(Tagger())
root_app.addHandler(stream)
root_app.warning("tagged by a filter")
stream.set_name("console")
print(stream.name, stream.get_name(), repr(stream), repr(collected))
print(repr(logging.StreamHandler()), repr(logging.NullHandler()))
nothing = logging.getLogger("quiet")
nothing.addHandler(logging.NullHandler())
nothing.error("swallowed by NullHandler")
try:
    logging.Handler().emit(None)
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
