# _threading_local is CPython's pure-Python threading.local; the engine lacks it.
import _threading_local

print(_threading_local.local.__name__)
