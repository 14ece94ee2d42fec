# Importing a missing module or name raises ModuleNotFoundError or ImportError.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from collections import no_such_name
except ImportError as e:
    # The full message ends with the module's file path, which varies by installation.
    print(type(e).__name__, str(e).split(' (')[0], '|', e.name)
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], '|', e.name)
try:
    import collections.missing_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
