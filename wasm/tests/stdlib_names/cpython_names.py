"""Prints, for each module named on the command line, the public names CPython
3.11 gives it, one module per line: `module name name ...`.

Left out: private names (but `os._exit`, which programs call), and modules a
module merely imported for its own use (`queue.threading`). Submodules stay, imported or not (`collections.abc`,
`multiprocessing.dummy`, and `os.path`, whose real name is `posixpath`).
"""
import importlib
import pkgutil
import sys
import types


def public_names(name):
    module = importlib.import_module(name)
    for attr in sorted(dir(module)):
        if attr.startswith("_") and (name, attr) != ("os", "_exit"):
            continue
        value = getattr(module, attr)
        if isinstance(value, types.ModuleType):
            submodule = value.__name__ == f"{name}.{attr}" or (name, attr) == ("os", "path")
            if not submodule:
                continue
        yield attr


def submodules(name):
    module = importlib.import_module(name)
    for info in pkgutil.iter_modules(getattr(module, "__path__", [])):
        if not info.name.startswith("_"):
            yield info.name


for name in sys.argv[1:]:
    print(name, *sorted(set(public_names(name)) | set(submodules(name))))
