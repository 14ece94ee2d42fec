"""format() with specs for int, float and str: python3 gen_format.py > ../fixtures/format.jsonl"""
import itertools
import random
from common import case

rng = random.Random(4242)
inf, nan = float("inf"), float("nan")
INTS = [0, 1, -1, 5, -42, 97, 255, -255, 1234567, -1234567, 10**20, -(2**70), 0x10FFFF, 0x110000,
        2**63]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 2.675, 0.125, 1234.5, -1234.5, 1234567.0, 0.001,
          0.0001, 1e-5, 1e16, 1e15, 1e22, 1e100, 1e300, 5e-324, 1.7976931348623157e308, 123.0,
          9.9999, 0.145, -0.0001, -1e-20, 1 / 3, 9999999999999998.0, 100.0, inf, -inf, nan,
          float("-nan"), 12345.678, 3.14159265358979]
STRS = ["", "a", "abc", "héllo", "日本"]

FILLS = ["", "*<", "*>", "*^", "*=", "<", ">", "^", "=", "0<", "é^", " >"]
SIGNS = ["", "+", "-", " "]
ZS = ["", "z"]
ALTS = ["", "#"]
ZEROS = ["", "0"]
WIDTHS = ["", "1", "8", "12", "15"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".1", ".3", ".6", ".17", ".30"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "s", "E", "G", "F"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "s"]
STR_TYPES = ["", "s", "d", "r"]


def spec_sample(types, count):
    parts = [FILLS, SIGNS, ZS, ALTS, ZEROS, WIDTHS, GROUPS, PRECS, types]
    out = set()
    for _ in range(count):
        out.add("".join(rng.choice(p) for p in parts))
    return sorted(out)


for spec in spec_sample(INT_TYPES, 700):
    for v in rng.sample(INTS, 5):
        case("format_int", (v, spec), lambda: format(v, spec))
for spec in spec_sample(FLOAT_TYPES, 900):
    for v in rng.sample(FLOATS, 6):
        case("format_float", (v, spec), lambda: format(v, spec))
for spec in spec_sample(STR_TYPES, 400):
    for v in rng.sample(STRS, 2):
        case("format_str", (v, spec), lambda: format(v, spec))
# Every float presentation with every precision on awkward values.
for v in FLOATS:
    for t, p, alt in itertools.product(["", "e", "f", "g", "%", "G"], ["", ".0", ".1", ".2", ".5", ".16", ".17", ".25"], ["", "#"]):
        spec = alt + p + t
        case("format_float", (v, spec), lambda: format(v, spec))
# Grouping with zero padding, and bools as ints.
for v in [0, 1, -1, 1234, -1234, 123456789, 2**64]:
    for spec in ["06,", "05,", "04,", "03,", "010_b", "#010_x", "#012,d", "+015_", "0=15,", "x=12,"]:
        case("format_int", (v, spec), lambda: format(v, spec))
for v in [0.5, -1234.5, 1234567.891, inf]:
    for spec in ["012,.1f", "0=12,.1f", "015,", "015_.3e", "020,g", "0>12,.1f", "012,.0%"]:
        case("format_float", (v, spec), lambda: format(v, spec))
for v in [True, False]:
    for spec in [">6", "d", "x", ".2f", "s", "c", "08b", "+"]:
        case("format_bool", (v, spec), lambda: format(v, spec))
for spec in ["", "d", ",", "x", "n", "e", ">10"]:
    case("format_int", (10**4300, spec), lambda: format(10**4300, spec))
# Malformed specs and their messages.
BAD = ["abc", "10.2fa", ".", ".x", ",_", "_,", ",,", "__", ",x", "_c", ",n", "_n", "z#", "#z",
       "\x00", "ẋ", "99999999999999999999", ".99999999999999999999", ".2147483648", "<<5", "0<5",
       "00", "=10", "+=", "z", "+z", "#", "0", "==", "é", "10é", "1,2", "\x7f", " ", "  ", "+c"]
for spec in BAD:
    case("format_int", (7, spec), lambda: format(7, spec))
    case("format_float", (7.5, spec), lambda: format(7.5, spec))
    case("format_str", ("ab", spec), lambda: format("ab", spec))
