# Logger tree: children created before parents, propagation, effective levels, reprs and getChild.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
leaf = logging.getLogger("app.db.pool")
print(leaf.parent, repr(logging.getLogger()))
mid = logging.getLogger("app")
print("leaf now under:", leaf.parent.name, "| app under:", mid.parent.name)
db = logging.getLogger("app.db")
print("leaf re-parented:", leaf.parent is db, "db under:", db.parent.name)
print(type(logging.root.manager.loggerDict["app.db"]).__name__, sorted(logging.root.manager.loggerDict))
mid.addHandler(out)
mid.setLevel(logging.INFO)
leaf.info("propagates to app's handler")
leaf.debug("below app's level")
print(leaf.getEffectiveLevel(), db.getEffectiveLevel(), repr(leaf), repr(mid))
db.propagate = False
leaf.warning("stops at db, which has no handler: goes nowhere visible")
print("db has handlers:", db.hasHandlers(), "leaf:", leaf.hasHandlers(), "mid:", mid.hasHandlers())
db.propagate = True
print(logging.getLogger("app").getChild("db") is db, mid.getChild("x.y").name, logging.getLogger("root") is logging.root)
print(logging.getLogger("") is logging.root, logging.getLogger(None) is logging.root)
try:
    logging.getLogger(42)
except TypeError as exc:
    print("TypeError:", exc)
mid.removeHandler(out)
mid.removeHandler(out)
print("handlers after removal:", mid.handlers)
