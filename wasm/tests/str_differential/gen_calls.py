"""Writes a random Python program exercising str and bytes methods; `main.rs`
runs it on CPython and on the engine and compares the output line by line.

python3 gen_calls.py MODE SEED   (MODE: str, bytes, format, args): one program
python3 gen_calls.py --all N     every mode, seeds 1..N, as JSON lines with CPython's output

Every call's result (or exception type and message) is printed with ascii(), so
the programs are deterministic for a given seed and never print addresses."""
import contextlib
import io
import json
import random
import sys

def str_calls(rnd):
    alpha = ['a', 'b', 'A', ' ', '\t', '\n', '\r', 'é', 'ß', 'Σ', '🙂', '1', '²', ',', '-', '\x0b', '\u3000', 'x', 'ab', 'İ', 'ǅ', '\x1c', '\u2028', '_']
    def rs(n=None):
        n = rnd.randint(0, 8) if n is None else n
        return ''.join(rnd.choice(alpha) for _ in range(n))
    def ri():
        return rnd.choice([None, -100, -5, -3, -2, -1, 0, 1, 2, 3, 5, 8, 100])
    lines = ["def show(f):\n    try:\n        r = f()\n    except Exception as e:\n        r = type(e).__name__ + ': ' + str(e)\n    print(ascii(r))"]
    for _ in range(400):
        s = rs()
        sub = rs(rnd.randint(0, 2))
        m = rnd.choice(['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'split', 'rsplit',
                        'splitlines', 'strip', 'lstrip', 'rstrip', 'replace', 'partition', 'rpartition', 'center',
                        'ljust', 'rjust', 'zfill', 'expandtabs', 'upper', 'lower', 'title', 'capitalize', 'swapcase',
                        'casefold', 'isalpha', 'istitle', 'isupper', 'islower', 'isspace', 'isdigit', 'isnumeric',
                        'removeprefix', 'removesuffix', 'encode', 'join', 'format', 'translate', 'getitem'])
        if m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
            args = [repr(sub)] + [repr(ri()) for _ in range(rnd.randint(0, 2))]
            if m in ('startswith', 'endswith') and rnd.random() < 0.3:
                args[0] = repr((sub, rs(1)))
        elif m in ('split', 'rsplit'):
            args = [repr(rnd.choice([None, sub, ',', ' ']))] + ([repr(ri() if ri() is not None else -1)] if rnd.random() < 0.6 else [])
        elif m == 'splitlines':
            args = [repr(rnd.choice([True, False]))] if rnd.random() < 0.5 else []
        elif m in ('strip', 'lstrip', 'rstrip'):
            args = [repr(rnd.choice([None, sub, rs(3)]))] if rnd.random() < 0.7 else []
        elif m == 'replace':
            args = [repr(sub), repr(rs(2))] + ([repr(ri() if ri() is not None else -1)] if rnd.random() < 0.5 else [])
        elif m in ('center', 'ljust', 'rjust'):
            args = [repr(rnd.randint(-2, 12))] + ([repr(rnd.choice(['*', 'é', '🙂', 'ab']))] if rnd.random() < 0.5 else [])
        elif m == 'zfill':
            s = rnd.choice(['+', '-', '']) + s
            args = [repr(rnd.randint(-1, 12))]
        elif m == 'expandtabs':
            args = [repr(rnd.randint(-1, 9))] if rnd.random() < 0.7 else []
        elif m in ('removeprefix', 'removesuffix'):
            args = [repr(sub)]
        elif m == 'encode':
            args = [repr(rnd.choice(['ascii', 'latin-1', 'utf-8', 'utf-16-le'])), repr(rnd.choice(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']))]
        elif m == 'join':
            lines.append(f"show(lambda: {sub!r}.join({[rs(2) for _ in range(rnd.randint(0,3))]!r}))")
            continue
        elif m == 'format':
            fmt = rnd.choice(['{}', '{:>{}}', '{0!r:^9}', '{!a}', '{0}{0}', '{:*<7}', '{0:.3}', '{x}'])
            lines.append(f"show(lambda: {fmt!r}.format({s!r}, 5, x={sub!r}))")
            continue
        elif m == 'translate':
            lines.append(f"show(lambda: {s!r}.translate(str.maketrans({{'a': 'Z', 'é': None, 'Σ': 'ss', 'b': 0x1F600}})))")
            continue
        elif m == 'getitem':
            lines.append(f"show(lambda: {s!r}[{ri()!r}:{ri()!r}:{rnd.choice([None, 1, -1, 2, -2, 3])!r}])")
            continue
        else:
            args = []
        lines.append(f"show(lambda: {s!r}.{m}({', '.join(args)}))")
    return '\n'.join(lines)


def bytes_calls(rnd):
    alpha = [b'a', b'b', b'A', b' ', b'\t', b'\n', b'\r', b'\xe9', b'\xff', b'1', b',', b'-', b'\x0b', b'\x1c', b'x', b'ab', b'\x00']
    def rs(n=None):
        n = rnd.randint(0, 8) if n is None else n
        return b''.join(rnd.choice(alpha) for _ in range(n))
    def ri():
        return rnd.choice([None, -100, -5, -3, -2, -1, 0, 1, 2, 3, 5, 8, 100])
    lines = ["def show(f):\n    try:\n        r = f()\n    except Exception as e:\n        r = type(e).__name__ + ': ' + str(e)\n    print(ascii(r))"]
    for _ in range(400):
        s = rs()
        sub = rs(rnd.randint(0, 2))
        m = rnd.choice(['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'split', 'rsplit',
                        'splitlines', 'strip', 'lstrip', 'rstrip', 'replace', 'partition', 'rpartition', 'center',
                        'ljust', 'rjust', 'zfill', 'expandtabs', 'upper', 'lower', 'title', 'capitalize', 'swapcase',
                        'isalpha', 'istitle', 'isupper', 'islower', 'isspace', 'isdigit', 'isalnum',
                        'removeprefix', 'removesuffix', 'decode', 'join', 'hex', 'translate', 'getitem', 'contains'])
        if m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
            first = rnd.choice([repr(sub), str(rnd.choice([97, 0, 255, 10]))]) if m not in ('startswith', 'endswith') else repr(sub)
            args = [first] + [repr(ri()) for _ in range(rnd.randint(0, 2))]
            if m in ('startswith', 'endswith') and rnd.random() < 0.3:
                args[0] = repr((sub, rs(1)))
        elif m in ('split', 'rsplit'):
            args = [repr(rnd.choice([None, sub, b',', b' ']))] + ([repr(ri() if ri() is not None else -1)] if rnd.random() < 0.6 else [])
        elif m == 'splitlines':
            args = [repr(rnd.choice([True, False]))] if rnd.random() < 0.5 else []
        elif m in ('strip', 'lstrip', 'rstrip'):
            args = [repr(rnd.choice([None, sub, rs(3)]))] if rnd.random() < 0.7 else []
        elif m == 'replace':
            args = [repr(sub), repr(rs(2))] + ([repr(ri() if ri() is not None else -1)] if rnd.random() < 0.5 else [])
        elif m in ('center', 'ljust', 'rjust'):
            args = [repr(rnd.randint(-2, 12))] + ([repr(rnd.choice([b'*', b'\xe9', b'ab']))] if rnd.random() < 0.5 else [])
        elif m == 'zfill':
            s = rnd.choice([b'+', b'-', b'']) + s
            args = [repr(rnd.randint(-1, 12))]
        elif m == 'expandtabs':
            args = [repr(rnd.randint(-1, 9))] if rnd.random() < 0.7 else []
        elif m in ('removeprefix', 'removesuffix'):
            args = [repr(sub)]
        elif m == 'decode':
            args = [repr(rnd.choice(['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32'])), repr(rnd.choice(['strict', 'ignore', 'replace', 'backslashreplace']))]
        elif m == 'hex':
            args = rnd.choice([[], [repr(':')], [repr(b'-'), repr(rnd.randint(-3, 3))]])
        elif m == 'join':
            lines.append(f"show(lambda: {sub!r}.join({[rs(2) for _ in range(rnd.randint(0,3))]!r}))")
            continue
        elif m == 'translate':
            lines.append(f"show(lambda: {s!r}.translate(bytes.maketrans(b'ab', b'ba'), {sub!r}))")
            continue
        elif m == 'getitem':
            lines.append(f"show(lambda: {s!r}[{ri()!r}:{ri()!r}:{rnd.choice([None, 1, -1, 2, -2, 3])!r}])")
            continue
        elif m == 'contains':
            lines.append(f"show(lambda: {rnd.choice([repr(sub), '97', '300'])} in {s!r})")
            continue
        else:
            args = []
        lines.append(f"show(lambda: {s!r}.{m}({', '.join(args)}))")
    return '\n'.join(lines)


def format_calls(rnd):
    alpha = ['{', '}', '{', '}', '0', '1', 'a', ':', '!', 'r', '[', ']', '.', 'x', '>', '5', 's', 'real', '{}', '}}', '{{', ' ', 'é', 'k']
    lines = ["def show(f):\n    try:\n        r = f()\n    except Exception as e:\n        r = type(e).__name__ + ': ' + str(e)\n    print(ascii(r))",
             "class O:\n    real = 'R'\n    def __repr__(self):\n        return 'O()'\n    x = 'X'\n    def __getitem__(self, k):\n        return 'item' + repr(k)\no = O()"]
    for _ in range(1500):
        f = ''.join(rnd.choice(alpha) for _ in range(rnd.randint(1, 9)))
        if rnd.random() < 0.5:
            lines.append(f"show(lambda: {f!r}.format(10, o, [1, 2], a='A', x={{'k': 1}}))")
        else:
            lines.append(f"show(lambda: {f!r}.format_map({{'a': o, 'x': 'z', 'k': 3}}))")
    return '\n'.join(lines)


def argument_calls(rnd):
    pool = ['None', '0', '-1', '5', '10**20', '-10**20', '1.5', "'a'", "''", "'é'", "b'a'", "b''", '[]', "('a',)", "('a', 1)", '{}', 'True', 'O()', "{97: 'x'}", "'{}'", "'ab'", '2', '-3', "' '"]
    smeth = ['upper','lower','casefold','swapcase','title','capitalize','isalpha','isalnum','isdecimal','isdigit','isnumeric','isspace','isprintable','isascii','islower','isupper','istitle','isidentifier','center','ljust','rjust','zfill','strip','lstrip','rstrip','removeprefix','removesuffix','join','encode','translate','format','format_map','find','rfind','index','rindex','count','startswith','endswith','split','rsplit','splitlines','partition','rpartition','replace','expandtabs','maketrans','__getitem__','__len__','__contains__','__add__','__mul__','__rmul__','__mod__','__rmod__','__eq__','__ne__','__lt__','__le__','__gt__','__ge__','__iter__','__repr__','__str__','__format__','__getnewargs__']
    bmeth = ['decode','hex','join','split','rsplit','splitlines','strip','lstrip','rstrip','replace','partition','rpartition','startswith','endswith','find','rfind','index','rindex','count','removeprefix','removesuffix','center','ljust','rjust','zfill','expandtabs','translate','upper','lower','swapcase','capitalize','title','isalpha','isalnum','isdigit','isspace','islower','isupper','istitle','isascii','__getitem__','__len__','__contains__','__add__','__mul__','__rmul__','__eq__','__ne__','__lt__','__le__','__gt__','__ge__','__repr__','__getnewargs__','fromhex','maketrans']
    kwn = ['sep', 'maxsplit', 'keepends', 'tabsize', 'encoding', 'errors', 'x', 'chars', 'fillchar', 'delete', 'bytes_per_sep', 'table']
    lines = ["class O:\n    def __repr__(self):\n        return 'O()'",
    "def show(f):\n    try:\n        r = f()\n        if type(r) not in (str, bytes, int, bool, list, tuple, dict, type(None), type(NotImplemented)):\n            r = type(r).__name__\n    except Exception as e:\n        r = type(e).__name__ + ': ' + str(e)\n    print(ascii(r))"]
    for _ in range(600):
        kind = rnd.random()
        recv = rnd.choice(["'ab c'", "'é'", "''", "'a{}b'", "'{0}'"]) if kind < 0.6 else rnd.choice(["b'ab c'", "b''", "b'\\xe9'"])
        meths = smeth if kind < 0.6 else bmeth
        m = rnd.choice(meths)
        args = [rnd.choice(pool) for _ in range(rnd.randint(0, 3))]
        kws = [f"{rnd.choice(kwn)}={rnd.choice(pool)}" for _ in range(rnd.randint(0, 1) if rnd.random() < 0.3 else 0)]
        if len(set(k.split('=')[0] for k in kws)) != len(kws):
            continue
        form = rnd.random()
        if form < 0.7:
            call = f"{recv}.{m}({', '.join(args + kws)})"
        else:
            cls = 'str' if kind < 0.6 else 'bytes'
            first = rnd.choice([recv] + pool)
            call = f"{cls}.{m}({', '.join([first] + args + kws)})"
        lines.append(f"show(lambda: {call})")
    return '\n'.join(lines)


MODES = {"str": str_calls, "bytes": bytes_calls, "format": format_calls, "args": argument_calls}

def run(program):
    """What CPython prints for a program (run in this process, to spare start-ups)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(program, "main.py", "exec"), {"__name__": "__main__"})
    return out.getvalue()


if __name__ == "__main__":
    if sys.argv[1] == "--all":
        # One JSON object per program: mode, seed, source and CPython's output.
        for mode, make in MODES.items():
            for seed in range(1, int(sys.argv[2]) + 1):
                program = make(random.Random(seed))
                print(json.dumps({"mode": mode, "seed": seed, "program": program, "output": run(program)}))
    else:
        print(MODES[sys.argv[1]](random.Random(int(sys.argv[2]))))
