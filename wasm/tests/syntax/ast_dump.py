#!/usr/bin/env python3
"""CPython's AST in the canonical text form that tests/common/ast_dump.rs
writes for the engine's AST, so the two can be compared line for line.

Form: `Kind@line:col-line:col(field=value, ...)`; positions are CPython's
(1-based lines, UTF-8 byte columns) on statements, expressions and the small
nodes that have them; `ctx`, type comments and the `u` string kind are left
out. Match patterns are rewritten as the expressions the engine keeps them as
(see wasm/src/engine/parser/pattern.rs); f-string parts carry no positions.

  python3 ast_dump.py FILE.py ...          dump each file
  python3 ast_dump.py --record DIR         write DIR/<case>.ast for DIR/<case>.py
  python3 ast_dump.py --check DIR          compare only; exit 1 on a difference
  python3 ast_dump.py --stdlib ROOT        every .py under ROOT (site-packages
                                           excluded): the source as CPython decodes
                                           it, and CPython's verdict and AST
"""

import ast
import struct
import sys
from pathlib import Path

SKIP = {"ctx", "type_comment", "kind", "type_ignores"}


def quote(s: str) -> str:
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    out.append('"')
    return "".join(out)


def fbits(v: float) -> str:
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]


def const(v) -> str:
    if v is None or v is True or v is False:
        return repr(v)
    if v is Ellipsis:
        return "..."
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "F" + fbits(v)
    if isinstance(v, complex):
        return "J" + fbits(v.imag)
    if isinstance(v, str):
        # Lone surrogates cannot be in the engine's strings (it uses U+FFFD).
        return quote("".join(c if not 0xD800 <= ord(c) <= 0xDFFF else "\ufffd" for c in v))
    if isinstance(v, bytes):
        return "b" + quote(v.decode("latin-1"))
    raise TypeError(type(v))


def pos(n) -> str:
    return f"@{n.lineno}:{n.col_offset}-{n.end_lineno}:{n.end_col_offset}"


class Dumper:
    def __init__(self, source: str):
        self.source_lines = source.splitlines(keepends=True)

    def char_at(self, line: int, col: int) -> str:
        try:
            return self.source_lines[line - 1].encode()[col : col + 1].decode()
        except (IndexError, UnicodeDecodeError):
            return ""

    def dump(self, node, with_pos=True) -> str:
        if node is None:
            return "None"
        if isinstance(node, str):
            return quote(node)
        if isinstance(node, list):
            return "[" + ", ".join(self.dump(x, with_pos) for x in node) + "]"
        if isinstance(node, ast.Constant):
            p = pos(node) if with_pos else ""
            return f"Constant{p}({const(node.value)})"
        if isinstance(node, ast.JoinedStr):
            p = pos(node) if with_pos else ""
            return f"JoinedStr{p}(" + self.fparts(node.values) + ")"
        if isinstance(node, ast.pattern):
            return self.dump(self.pattern_expr(node), with_pos=False)
        if isinstance(node, ast.match_case):
            return (
                f"match_case(pattern={self.dump(self.pattern_expr(node.pattern), False)}, "
                f"guard={self.dump(node.guard)}, body={self.dump(node.body)})"
            )
        name = type(node).__name__
        fields = []
        for f in node._fields:
            if f in SKIP:
                continue
            v = getattr(node, f, None)
            if isinstance(v, ast.AST) or isinstance(v, list) or v is None:
                fields.append(f"{f}={self.dump(v, with_pos)}")
            elif isinstance(v, str):
                fields.append(f"{f}={quote(v)}")
            else:
                fields.append(f"{f}={v}")
        p = pos(node) if with_pos and hasattr(node, "lineno") else ""
        return f"{name}{p}(" + ", ".join(fields) + ")"

    def fparts(self, values) -> str:
        parts = []
        for v in values:
            if isinstance(v, ast.Constant):
                parts.append(f"Lit({const(v.value)})")
            else:
                conv = "None" if v.conversion == -1 else repr(chr(v.conversion))
                spec = "None" if v.format_spec is None else "[" + self.fparts(v.format_spec.values) + "]"
                parts.append(f"Field({self.dump(v.value)}, {conv}, {spec})")
        return ", ".join(parts)

    def pattern_expr(self, p):
        """A pattern as the engine's parser represents it."""
        if isinstance(p, ast.MatchValue):
            return p.value
        if isinstance(p, ast.MatchSingleton):
            return ast.Constant(p.value)
        if isinstance(p, ast.MatchSequence):
            elts = [self.pattern_expr(x) for x in p.patterns]
            if self.char_at(p.lineno, p.col_offset) == "[":
                return ast.List(elts)
            return ast.Tuple(elts)
        if isinstance(p, ast.MatchStar):
            return ast.Starred(ast.Name(p.name or "_"))
        if isinstance(p, ast.MatchMapping):
            keys = list(p.keys)
            values = [self.pattern_expr(x) for x in p.patterns]
            if p.rest is not None:
                keys.append(None)
                values.append(ast.Name(p.rest))
            return ast.Dict(keys, values)
        if isinstance(p, ast.MatchClass):
            return ast.Call(
                p.cls,
                [self.pattern_expr(x) for x in p.patterns],
                [ast.keyword(a, self.pattern_expr(x)) for a, x in zip(p.kwd_attrs, p.kwd_patterns)],
            )
        if isinstance(p, ast.MatchAs):
            if p.pattern is None:
                return ast.Name(p.name or "_")
            return ast.NamedExpr(ast.Name(p.name), self.pattern_expr(p.pattern))
        if isinstance(p, ast.MatchOr):
            e = self.pattern_expr(p.patterns[0])
            for x in p.patterns[1:]:
                e = ast.BinOp(e, ast.BitOr(), self.pattern_expr(x))
            return e
        raise TypeError(type(p))


def dump_source(source: str) -> str:
    tree = ast.parse(source)
    d = Dumper(source)
    return "".join(d.dump(s) + "\n" for s in tree.body)


def stdlib_record(path: str) -> bytes:
    """One file's record: its path, decoded source and CPython's verdict."""
    import warnings
    from importlib.util import decode_source

    warnings.simplefilter("ignore")
    sys.setrecursionlimit(10000)
    raw = Path(path).read_bytes()
    try:
        source = decode_source(raw)
    except (SyntaxError, UnicodeDecodeError, LookupError) as e:
        verdict = f"UNDECODABLE\t{e}\n"
        source = ""
    else:
        try:
            verdict = "OK\n" + dump_source(source)
        except SyntaxError as e:
            verdict = f"ERR\t{type(e).__name__}\t{e.msg}\t{e.lineno}\t{e.offset}\n"
        except (RecursionError, MemoryError, ValueError) as e:
            verdict = f"ERR\t{type(e).__name__}\t{e}\t0\t0\n"
        if verdict.startswith("OK"):
            try:
                compile(source, "main.py", "exec")
            except SyntaxError as e:
                # Accepted by the parser, refused by CPython's compiler.
                verdict = f"COMPILER\t{e.msg}\n" + verdict
            except (RecursionError, MemoryError) as e:
                verdict = f"COMPILER\t{type(e).__name__}\n" + verdict
    parts = []
    for field in (path, source, verdict):
        data = field.encode("utf-8", "surrogatepass")
        parts.append(b"%d\n" % len(data) + data)
    return b"".join(parts)


def main() -> int:
    import warnings

    warnings.simplefilter("ignore")
    args = sys.argv[1:]
    sys.setrecursionlimit(10000)
    if args and args[0] == "--stdlib":
        import multiprocessing
        import os

        files = []
        for d, dirs, fs in os.walk(args[1]):
            dirs[:] = sorted(x for x in dirs if x != "site-packages")
            files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".py")]
        with multiprocessing.Pool() as pool:
            for rec in pool.imap(stdlib_record, files, chunksize=16):
                sys.stdout.buffer.write(rec)
        return 0
    if args and args[0] in ("--record", "--check"):
        folder = Path(args[1])
        bad = 0
        cases = sorted(folder.glob("*.py"))
        for case in cases:
            text = dump_source(case.read_text(encoding="utf-8"))
            out = case.with_suffix(".ast")
            if args[0] == "--record":
                out.write_text(text, encoding="utf-8")
            elif not out.exists() or out.read_text(encoding="utf-8") != text:
                print(f"{case.name}: recording differs from CPython")
                bad += 1
        print(f"{len(cases) - bad} of {len(cases)} cases {'recorded' if args[0] == '--record' else 'match'}")
        return 1 if bad else 0
    for path in args:
        sys.stdout.write(dump_source(Path(path).read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
