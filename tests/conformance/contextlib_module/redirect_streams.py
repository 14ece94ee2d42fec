# redirect_stdout/redirect_stderr to objects with write(), nested and restored, with print(file=...) unaffected.
import contextlib
import sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


out = Collector()
err = Collector()
original = sys.stdout
with contextlib.redirect_stdout(out) as target:
    print("captured", 1, 2, sep="-")
    print("flushed", flush=True)
    inner = Collector()
    with contextlib.redirect_stdout(inner):
        print("nested")
    print("back to outer", target is out)
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(out.parts)
print(inner.parts)
print(err.parts)
print("stdout restored:", sys.stdout is original)
r = contextlib.redirect_stdout(out)
with r:
    with r:
        print("reentrant")
print("still restored:", sys.stdout is original, out.parts[-2:])
