# import threading.Thread: threading exists but is a module, not a package.
import collections.abc
print(collections.abc.Sequence.__name__)
import threading.Thread
