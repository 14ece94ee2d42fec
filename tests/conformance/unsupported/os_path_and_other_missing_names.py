# A standard library name the engine lacks (here os.path) stops with "not supported", not with an AttributeError that looks like the reader's mistake.
import os

print(os.path.join("logs", "thread-1.txt"))
