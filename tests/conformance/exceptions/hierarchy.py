# The built-in exception hierarchy as seen through issubclass and __mro__.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (TimeoutError, OSError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, BaseException), (Exception, BaseException), (bool, int),
    (UnicodeDecodeError, ValueError), (AssertionError, Exception), (TypeError, ValueError),
]
for sub, sup in pairs:
    print(f'{sub.__name__} < {sup.__name__}: {issubclass(sub, sup)}')
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
