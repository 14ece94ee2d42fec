# ExceptionGroup (3.11) is not built into the engine.
print(ExceptionGroup("g", [ValueError(1)]))
