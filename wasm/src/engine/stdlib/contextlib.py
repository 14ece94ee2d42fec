"""Utilities for `with` statements: generator-based managers, suppress, ExitStack.

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`contextlib`. The async variants are not provided, as the engine does not
run `async` code.
"""

from _collections import _generic_alias
import sys as _sys

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


class AbstractContextManager:
    """A base class whose __enter__ returns self; subclasses supply __exit__."""

    __slots__ = ()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    __class_getitem__ = classmethod(_generic_alias)


class AbstractAsyncContextManager:
    """Stands for the async base class; async code does not run on this engine."""

    __slots__ = ()


class ContextDecorator:
    """Lets a context manager be used as a decorator too."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        from functools import wraps

        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager a @contextmanager function returns."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The with block raised a bare class: build the instance here.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator finished: suppress unless it was this very StopIteration.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration raised in the block comes back wrapped by PEP 479.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a one-yield generator function into a context manager factory."""
    from functools import wraps

    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    raise NotImplementedError(
        "contextlib.asynccontextmanager is not supported in this playground yet")


class closing(AbstractContextManager):
    """Calls `thing.close()` when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        raise NotImplementedError("contextlib.aclosing is not supported in this playground yet")


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `with` gives back `enter_result`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so one object can be entered again while already active.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file-like object for the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file-like object for the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silences the listed exception types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Returning True tells the with statement the exception was handled.
        return exctype is not None and issubclass(exctype, self._exceptions)


def _type_label(cls):
    return f"'{cls.__module__}.{cls.__qualname__}'"


class ExitStack(AbstractContextManager):
    """Collects exit callbacks and context managers and unwinds them in reverse."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every registered callback to a new stack and returns it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers an __exit__-like callable (or an object's __exit__ method)."""
        exit_type = type(exit)
        try:
            method = exit_type.__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, method)
        return exit

    def enter_context(self, cm):
        """Enters a context manager and registers its exit; returns what __enter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"{_type_label(cls)} object does not support the "
                            "context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers a plain callback, called with these arguments at exit."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        exit_wrapper.__self__ = cm
        self._exit_callbacks.append(exit_wrapper)

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        # The exception being handled around the with statement, if any: contexts
        # of new exceptions are cut there, as the interpreter would do.
        outer = _sys.exc_info()[1]

        def chain(new_exc, old_exc):
            while True:
                ctx = new_exc.__context__
                if ctx is None or ctx is old_exc:
                    return
                if ctx is outer:
                    break
                new_exc = ctx
            new_exc.__context__ = old_exc

        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                chain(new_exc, exc_details[1])
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received and suppressed


class AsyncExitStack:
    def __init__(self):
        raise NotImplementedError("contextlib.AsyncExitStack is not supported in this playground yet")


class chdir(AbstractContextManager):
    def __init__(self, path):
        raise NotImplementedError("contextlib.chdir is not supported in this playground yet")
