"""Prints CPython 3.11's view of every code point that is not plain: its str
predicates and its case mappings, one line each, for `main.rs` to compare."""
import sys

PREDICATES = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace",
              "isprintable", "islower", "isupper", "istitle", "isidentifier"]
out = []
for cp in range(sys.maxunicode + 1):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    flags = "".join("1" if getattr(c, p)() else "0" for p in PREDICATES)
    maps = [c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(), c.capitalize()]
    if flags == "00000010000" and all(m == c for m in maps):
        continue
    hexes = [".".join("%X" % ord(x) for x in m) for m in maps]
    out.append("%X %s %s" % (cp, flags, " ".join(hexes)))
sys.stdout.write("\n".join(out) + "\n")
