# sys.stdout.write and print(end=...) from threads, serialised by joins; write returns the length.
import sys
import threading

lengths = []


def write_parts(tag):
    lengths.append(sys.stdout.write(f"[{tag}:"))
    print("part", end="")
    sys.stdout.write("]\n")
    sys.stdout.flush()


for tag in ("a", "bb", "ccc"):
    t = threading.Thread(target=write_parts, args=(tag,))
    t.start()
    t.join()
print(lengths)
print("to stderr too", file=sys.stderr)
