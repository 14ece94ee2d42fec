"""printf-style % formatting: python3 gen_printf.py > ../fixtures/printf.jsonl

Arguments are kept to ints, floats and strs; args[1] is ["tuple", items...],
["dict", [key, value]...] or ["one", value]."""
import itertools
import random
from common import case

rng = random.Random(99)
inf, nan = float("inf"), float("nan")
NUMS = [0, 1, -1, 5, -42, 255, 97, 2**64, -(10**30), 0.0, -0.0, 0.5, 1.5, 2.5, 2.675, -1234.5678,
        1e-5, 1e16, 1e100, 3.7, inf, -inf, nan, True]
FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "+ #0"]
WIDTHS = ["", "1", "5", "12"]
PRECS = ["", ".0", ".1", ".3", ".10"]
INT_CONV = "diuoxX"
FLOAT_CONV = "eEfFgG"


def run_args(fmt, kind, items):
    if kind == "tuple":
        return lambda: fmt % tuple(items)
    if kind == "dict":
        return lambda: fmt % dict(items)
    return lambda: fmt % items[0]


def add(fmt, kind, *items):
    args = [kind] + (list(items) if kind != "dict" else [list(kv) for kv in items])
    case("printf", (fmt, args), run_args(fmt, kind, items))


for conv in INT_CONV + FLOAT_CONV:
    for fl, w, p in itertools.product(FLAGS, WIDTHS, PRECS):
        fmt = "%" + fl + w + p + conv
        for v in rng.sample(NUMS, 3):
            if conv in "oxX" and isinstance(v, float):
                continue
            add(fmt, "one", v)
for fmt in ["%s", "%5s|", "%-5s|", "%.2s", "%10.4s|", "%05s|", "%+s", "%r", "%.3r", "%c", "%5c",
            "%-3c|", "%.0c", "%05c"]:
    for v in ["abcdef", "x", "", "é"]:
        if "c" in fmt and len(v) != 1:
            continue
        add(fmt, "one", v)
for fmt in ["%c", "%5c", "%-4c|"]:
    for v in [97, 0x10FFFF, 0x110000, -1, 233]:
        add(fmt, "one", v)
# Star width and precision, mapping keys, literal percent, length modifiers.
add("%*d", "tuple", 5, 3)
add("%*d", "tuple", -5, 3)
add("%-*d|", "tuple", -5, 3)
add("%.*f", "tuple", 2, 3.14159)
add("%.*f", "tuple", -2, 3.14159)
add("%*.*f", "tuple", 8, 3, 3.14159)
add("%*.*f|%s", "tuple", -8, 1, 2.25, "x")
add("%.*d", "tuple", 2**40, 2)
add("%*d", "tuple", 2**70, 2)
add("%(a)s and %(b)05.1f", "dict", ("a", "x"), ("b", 2.25))
add("%(a(b))s", "dict", ("a(b)", 1))
add("%()s", "dict", ("", 5))
add("%(a)s %(a)d", "dict", ("a", 7))
add("%(x)s", "dict", ("a", 1))
add("%(a)s %(b)s", "dict", ("a", 1))
add("%(a", "dict", ("a", 1))
add("%(a", "one", 1)
add("%(a)s", "tuple", 1)
add("%(a)", "dict")
add("%(a)y", "dict", ("a", 1))
add("%(a)*d", "dict", ("a", 1))
add("%s %% %d%%", "tuple", "a", 5)
add("%%", "tuple")
add("100%%", "tuple")
add("%ld %hd %Ld", "tuple", 1, 2, 3)
add("%lld", "tuple", 1)
# Errors: incomplete, unsupported, not enough arguments, bad values.
for fmt in ["%", "abc %", "%10", "%.", "%.5", "%-", "%5.2", "%y", "%5%", "%-5%|", "% %", "%.%",
            "%z", "%é", "%\x00", "%\x1f", "%\x7f", "%~", "%.-2f", "%(x)%", "%s %y", "%y %",
            "%99999999999999999999d", "%.99999999999999999999d", "%.2147483648f"]:
    add(fmt, "tuple", 1)
    add(fmt, "tuple")
for fmt in ["%s %s", "%*d", "%.*f", "%*", "%s"]:
    add(fmt, "tuple", 1)
for fmt, v in [("%d", 3.7), ("%d", -3.7), ("%d", inf), ("%d", nan), ("%i", 1e300), ("%x", 3.5),
               ("%c", 1.5), ("%d", "a"), ("%f", "a"), ("%d", 10**5000), ("%x", 10**5000),
               ("%d", 10**4300 - 1)]:
    add(fmt, "one", v)
