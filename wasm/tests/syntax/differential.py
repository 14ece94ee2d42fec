#!/usr/bin/env python3
"""Differential check of the parser against CPython 3.11 on mutated programs.

Takes random windows of standard-library code, mutates them (deletes,
duplicates, inserts or replaces a token, or inserts a fragment anywhere),
and compares, for each mutant, CPython's verdict (`compile(..., PyCF_ONLY_AST)`)
with the parser's (`examples/parse_verdict.rs`): accepted or rejected, and
for rejections the exception class, message and position. A development
tool, not a test: CPython's second pass finds some errors at places no
single-pass parser reproduces exactly, so a few message differences remain.

  cargo build --release --example parse_verdict -p threadwise-playground
  python3 wasm/tests/syntax/differential.py [SEED] [COUNT]
"""

import ast
import io
import os
import random
import subprocess
import sys
import sysconfig
import textwrap
import tokenize
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
VERDICT = ROOT / "target" / "release" / "examples" / "parse_verdict"
FRAGMENTS = [
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "if", "else", "for", "in", "lambda", "*", "**",
    "yield", "await", "async", "def", "class", "return", "f'{x}'", "'s'", "1", "x", "not", ":=", "->",
    "@", "\n", "\n    ", "\\\n", ".", ";", "import", "from", "as", "with", "try", "except", "del",
    "global", "None", "True", "'''", "#", "\t",
]


def cpython(src: str) -> str:
    try:
        compile(src, "main.py", "exec", flags=ast.PyCF_ONLY_AST)
        return "OK"
    except SyntaxError as e:
        return f"{type(e).__name__}\t{e.msg}\t{e.lineno}\t{e.offset}\t{e.end_lineno}\t{e.end_offset}"
    except (RecursionError, MemoryError):
        return "RecursionError"
    except ValueError as e:
        return f"ValueError\t{e}"


def ours(sources: list[str]) -> list[str]:
    data = b"".join(str(len(s.encode())).encode() + b"\n" + s.encode() for s in sources)
    out = subprocess.run([str(VERDICT), "--stdin"], input=data, capture_output=True, check=True)
    return out.stdout.decode().rstrip("\n").split("\n")


def mutants(rng: random.Random, count: int) -> list[str]:
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for d, dirs, fs in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "test"))
        files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".py")]
    out = []
    while len(out) < count:
        try:
            lines = Path(rng.choice(files)).read_text(encoding="utf-8").split("\n")
        except (UnicodeDecodeError, OSError):
            continue
        i = rng.randrange(len(lines))
        src = textwrap.dedent("\n".join(lines[i : i + rng.randint(1, 8)])) + "\n"
        try:
            toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
        except (tokenize.TokenError, IndentationError, SyntaxError):
            toks = []
        toks = [t for t in toks if t.type != tokenize.ENDMARKER]
        if toks and rng.random() < 0.8:
            t = rng.choice(toks)
            rows = src.split("\n")

            def offset(row: int, col: int) -> int:
                return sum(len(r) + 1 for r in rows[: row - 1]) + col

            a, b = offset(*t.start), offset(*t.end)
            op = rng.choice(["del", "dup", "ins", "rep"])
            if op == "del":
                src = src[:a] + src[b:]
            elif op == "dup":
                src = src[:b] + " " + src[a:b] + src[b:]
            elif op == "ins":
                src = src[:a] + rng.choice(FRAGMENTS) + " " + src[a:]
            else:
                src = src[:a] + rng.choice(FRAGMENTS) + src[b:]
        else:
            j = rng.randrange(len(src) + 1)
            src = src[:j] + rng.choice(FRAGMENTS) + src[j:]
        out.append(src)
    return out


def main() -> int:
    warnings.simplefilter("ignore")
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    cases = mutants(random.Random(seed), count)
    verdicts = messages = 0
    for src, mine in zip(cases, ours(cases)):
        ref = cpython(src)
        r, m = ref.split("\t"), mine.split("\t")
        if (r[0] == "OK") != (m[0] in ("OK", "UNSUPPORTED")):
            verdicts += 1
            print(f"VERDICT {src!r}\n   cpython: {ref}\n   ours:    {mine}")
        elif r[0] != "OK":
            # CPython's column 0 cannot be expressed by a span (we say 1); an
            # end column of 0 or less means CPython gives no end.
            start_ok = r[:3] == m[:3] and (r[3] == m[3] or (r[3] == "0" and m[3] == "1"))
            end_ok = len(r) < 6 or int(r[5]) <= 0 or r[4:6] == m[4:6]
            if not (start_ok and end_ok):
                messages += 1
                print(f"MESSAGE {src!r}\n   cpython: {ref}\n   ours:    {mine}")
    print(f"{len(cases)} mutants: {verdicts} verdict differences, {messages} message differences")
    return 1 if verdicts else 0


if __name__ == "__main__":
    sys.exit(main())
