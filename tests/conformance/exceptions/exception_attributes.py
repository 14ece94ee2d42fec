# Attributes set by built-in exceptions: args, errno-free OSError, StopIteration.value, SystemExit.code.
e = OSError(2, 'No such file')
print(e.errno, e.strerror, str(e))
try:
    import not_a_real_module_xyz
except ModuleNotFoundError as err:
    print(err.name, '|', err)
try:
    (1).missing
except AttributeError as err:
    print(err.name, type(err.obj).__name__)
try:
    undefined_name_here
except NameError as err:
    print(err.name)
s = SystemExit(3)
print(s.code, SystemExit().code, SystemExit('bye').code)
print(StopIteration(5).value, StopIteration().value)
k = KeyboardInterrupt()
print(isinstance(k, Exception), repr(k))
print(ValueError('a').with_traceback(None).args)
