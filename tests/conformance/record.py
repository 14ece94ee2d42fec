#!/usr/bin/env python3
"""Record what CPython prints for every conformance program.

Each program `<feature>/<case>.py` gets, next to it:
  <case>.out     its stdout (always written, possibly empty)
  <case>.err     its stderr, only when non-empty, with the temporary path of the
                 program replaced by `main.py` (the name the engine runs it under)
  <case>.status  its exit status, only when it is not 0

Every program runs three times, each with a fresh hash seed; a program whose
output differs between runs is reported as non-deterministic and not recorded.

  python3 tests/conformance/record.py            record every program
  python3 tests/conformance/record.py --check    only compare, exit 1 on a difference
  python3 tests/conformance/record.py FEATURE/CASE.py ...   only these
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
RUNS = 3


def run_once(program: Path) -> tuple[str, str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "main.py"
        shutil.copyfile(program, target)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LC_ALL": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
        }
        proc = subprocess.run(
            [sys.executable, "main.py"],
            cwd=tmp,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=120,
        )
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace").replace(str(target), "main.py")
        return out, err, proc.returncode


def expected_files(program: Path) -> dict[str, Path]:
    return {ext: program.with_suffix(ext) for ext in (".out", ".err", ".status")}


def recorded(program: Path) -> tuple[str, str, int]:
    files = expected_files(program)
    out = files[".out"].read_text() if files[".out"].exists() else None
    err = files[".err"].read_text() if files[".err"].exists() else ""
    status = int(files[".status"].read_text()) if files[".status"].exists() else 0
    return out, err, status


def write(program: Path, out: str, err: str, status: int) -> None:
    files = expected_files(program)
    files[".out"].write_text(out)
    for ext, content, present in (
        (".err", err, bool(err)),
        (".status", f"{status}\n", status != 0),
    ):
        if present:
            files[ext].write_text(content)
        elif files[ext].exists():
            files[ext].unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on any difference")
    parser.add_argument("programs", nargs="*", type=Path)
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        print(f"record.py needs CPython 3.11, this is {sys.version.split()[0]}", file=sys.stderr)
        return 2
    programs = [p.resolve() for p in args.programs] or sorted(ROOT.glob("*/*.py"))
    failures = 0
    for program in programs:
        name = program.relative_to(ROOT)
        results = [run_once(program) for _ in range(RUNS)]
        if any(r != results[0] for r in results[1:]):
            print(f"NONDETERMINISTIC {name}")
            failures += 1
            continue
        out, err, status = results[0]
        if args.check:
            if recorded(program) != (out, err, status):
                print(f"DIFFERS {name}")
                failures += 1
        else:
            write(program, out, err, status)
    print(f"{len(programs) - failures} ok, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
