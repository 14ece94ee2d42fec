"""int(str, base), int(bytes), float(str), literals and str repr:
python3 gen_parse.py > ../fixtures/parse.jsonl"""
import random
from common import case

rng = random.Random(31337)
INT_TEXTS = ["12", " 12 ", "1_2", "_12", "12_", "1__2", "0x1f", "0x_1f", "0X1F", "1f", "0b101",
             "0o17", "017", "0", "00", "0_0", "0_1", "-0x10", "+ 5", "+5", "-5", "--5", "", "  ",
             "abc", "١٢٣", "\u00a012\u2003", "\x1c12\x1f", "12\x00", "a'b", "a\"b'c", "a\\b", "\n",
             "z", "Z", "0b", "0x", "0b1", "0x__1", "-_1", "1e5", "٣", "0٣", "1 2", "\t-0o777\n",
             "0B11", "0O7", "9" * 30, "-" + "7" * 25, "x" * 300, "é", "\u0085 7", "1\u00a0",
             "𝟙𝟚", "¹", "Ⅷ", "0x" + "f" * 40, "1_" * 2200 + "1", "1" * 4301, "1" * 4301 + "x",
             "1" * 4301 + "__", "1" * 4301 + "_", " " + "1" * 4300 + " ", "0b" + "1" * 5000,
             "\u200b1", "\ufeff1", "٣_٣", "z" * 5]
BASES = [0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 7]
for s in INT_TEXTS:
    for base in BASES:
        case("int", (s, base), lambda: int(s, base))
for _ in range(400):
    base = rng.choice([2, 3, 8, 10, 16, 36, 0])
    n = rng.randrange(-10**40, 10**40)
    if base in (0, 10):
        s = str(n)
    elif base == 16:
        s = hex(n)
    elif base == 8:
        s = oct(n)
    elif base == 2:
        s = bin(n)
    else:
        s = str(abs(n))[:20]
    case("int", (s, base), lambda: int(s, base))
for s in ["12", " 12 ", "1_2", "0x1f", "abc", "a'b", "\xff", "1\x00"]:
    for base in [0, 10, 16]:
        b = s.encode("latin-1")
        case("int_bytes", (s, base), lambda: int(b, base))

FLOAT_TEXTS = ["1.5", " 1.5 ", "1_0.5", "1_000.000_1", "1__0", "_1", "1_", "1._5", "1_.5", "1e1_0",
               "1e_10", "inf", "-Infinity", "+nAn", "infinit", "nan(1)", "0x1p3", "1e500", "-1e500",
               "1e-500", "", "  ", ".", "1.", ".5", "e5", "1e", "1e+", "١.٥", "1.5j", "\u20001.5\u3000",
               "x", "1,5", "1.5\x00", "-.5e-3", "+0.0", "-0", "00.5", "1" * 400, "-iNF ", "- 1",
               "1e5.5", "1.5e+3", "1.5E-3", "++1", "in f", "INFINITY", "-nan", "5e-324", "2.4e-324",
               "2.5e-324", "1.7976931348623157e308", "1.7976931348623159e308", "0.1", "1e22", "9" * 30,
               "2.675", "1_2_3.4_5e1_0", "1\u00a0", "a'b", "\\"]
for s in FLOAT_TEXTS:
    case("float", (s,), lambda: float(s))
for _ in range(300):
    x = rng.random() * 10.0 ** rng.randrange(-300, 300)
    s = rng.choice(["%r", "%.20e", "%.3f", "%.17g"]) % x
    case("float", (s,), lambda: float(s))

INT_LITERALS = ["0", "00", "0_0", "1_000", "0x_FF", "0XfF", "0o17", "0O1_7", "0b1_0", "0B0",
                "123456789012345678901234567890", "1" * 4300, "1" * 4301, "0x" + "f" * 5000]
def literal_value(s):
    # The lexer reports this error as a SyntaxError; the numeric layer gives its text.
    try:
        return eval(s)
    except SyntaxError as e:
        raise ValueError(e.msg) from None


for s in INT_LITERALS:
    case("int_literal", (s,), lambda: literal_value(s))
FLOAT_LITERALS = ["1.5", "1.", ".5", "1e3", "1E-3", "1_0.5e1_0", "1e500", "0.1", "5e-324", "1.5j",
                  "3J", "1_0j", "0e0", "00.5", "09.5"]
for s in FLOAT_LITERALS:
    case("float_literal", (s,), lambda: eval(s).imag if s[-1] in "jJ" else eval(s))

REPRS = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\t\n\r\x00\x1f\x7f",
         "é", "\x85\xa0\xad", "\u200b\u2028", "日本", "\U0001F600", "\U000E0001", "\uffff",
         "\U0010FFFF", "\u0378", "a\u0300"]
for s in REPRS:
    case("str_repr", (s,), lambda: repr(s))
for _ in range(300):
    s = "".join(chr(rng.choice([rng.randrange(0, 0x250), rng.randrange(0x250, 0x3000),
                                rng.randrange(0x3000, 0x10FFFF)])) for _ in range(8))
    if any(0xD800 <= ord(c) <= 0xDFFF for c in s):
        continue
    case("str_repr", (s,), lambda: repr(s))
