#!/usr/bin/env python3
"""Record what CPython 3.11 says about every invalid program in invalid/.

Each `invalid/<case>.py` gets `invalid/<case>.expected`:

    class: SyntaxError
    msg: '(' was never closed
    lineno: 1
    offset: 5
    end_lineno: 1
    end_offset: 0

from `compile(source, "main.py", "exec")` (columns are CPython's 1-based
`offset`/`end_offset`; `None` where CPython gives none). The source is read as
UTF-8 text exactly as written (a BOM or NUL stays in it), as the editor would
hand it to the engine.

Only parser-level errors belong here: a case whose error comes from CPython's
compiler rather than its parser (`ast.parse` accepts it) is refused.

  python3 wasm/tests/syntax/record.py           record every case
  python3 wasm/tests/syntax/record.py --check   compare only; exit 1 on a difference
"""

import ast
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "invalid"
FIELDS = ("class", "msg", "lineno", "offset", "end_lineno", "end_offset")


def verdict(source: str) -> dict:
    warnings.simplefilter("ignore")
    try:
        compile(source, "main.py", "exec")
    except SyntaxError as e:
        full = e
    else:
        raise ValueError("CPython accepts this program")
    try:
        compile(source, "main.py", "exec", flags=ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        if (type(e), e.msg, e.lineno, e.offset) != (type(full), full.msg, full.lineno, full.offset):
            raise ValueError(f"parser says {e.msg!r} but compiler says {full.msg!r}")
    else:
        raise ValueError(f"compiler-level error, not the parser's: {full.msg!r}")
    return {
        "class": type(full).__name__,
        "msg": full.msg,
        "lineno": full.lineno,
        "offset": full.offset,
        "end_lineno": full.end_lineno,
        "end_offset": full.end_offset,
    }


def render(v: dict) -> str:
    return "".join(f"{k}: {v[k]}\n" for k in FIELDS)


def main() -> int:
    check = "--check" in sys.argv[1:]
    bad = 0
    cases = sorted(ROOT.glob("*.py"))
    for path in cases:
        source = path.read_bytes().decode("utf-8")
        try:
            text = render(verdict(source))
        except ValueError as e:
            print(f"{path.name}: {e}")
            bad += 1
            continue
        out = path.with_suffix(".expected")
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                print(f"{path.name}: recording differs from CPython:\n{text}")
                bad += 1
        else:
            out.write_text(text, encoding="utf-8")
    print(f"{len(cases) - bad} of {len(cases)} cases {'match' if check else 'recorded'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
