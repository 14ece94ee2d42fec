"""Threads, locks, conditions and friends, built on the engine's `_thread`.

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`threading` module; every blocking operation comes down to acquiring a
primitive lock, which the engine's scheduler turns into a wait.
"""

import _thread
import sys as _sys
from time import monotonic as _now

__all__ = [
    "get_ident", "active_count", "Condition", "current_thread", "enumerate",
    "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
    "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local",
    "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace",
]

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local
Lock = _thread.allocate_lock
_new_lock = _thread.allocate_lock

_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    return _thread.stack_size(size)


def _deprecated(old, new):
    import warnings
    warnings.warn(f"{old}() is deprecated, use {new}() instead", DeprecationWarning, stacklevel=3)


class _RLock:
    """A lock its owner may acquire again; released when every level is released."""

    def __init__(self):
        self._inner = _new_lock()
        self._owner = None
        self._depth = 0

    def __repr__(self):
        state = "locked" if self._inner.locked() else "unlocked"
        owner = self._owner if self._owner is not None else 0
        return "<%s _thread.RLock object owner=%r count=%d at %s>" % (
            state, owner, self._depth, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._depth += 1
            return True
        if self._inner.acquire(blocking, timeout):
            self._owner = me
            self._depth = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._inner.release()

    def __exit__(self, exc_type, exc, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._depth == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._depth, self._owner)
        self._depth = 0
        self._owner = None
        self._inner.release()
        return state

    def _acquire_restore(self, state):
        self._inner.acquire()
        self._depth, self._owner = state

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.RLock' object")


_RLock.__name__ = "RLock"
_RLock.__qualname__ = "RLock"
_RLock.__module__ = "_thread"


def RLock(*args, **kwargs):
    return _RLock(*args, **kwargs)


class Condition:
    """Lets threads wait until another thread notifies them, under a shared lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, "_is_owned"):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain Lock does not know its owner: if we can take it, nobody held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _new_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                gate.acquire()
                woken = True
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _now() + remaining
                else:
                    remaining = deadline - _now()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while self._waiters and n > 0:
            gate = self._waiters.pop(0)
            try:
                gate.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn("notifyAll() is deprecated, use notify_all() instead",
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter of free slots: acquire takes one (waiting if none), release returns it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _now() + timeout
                    else:
                        timeout = deadline - _now()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, hex(id(self)),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A flag threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %s: %s>" % (
            self.__class__.__module__, self.__class__.__qualname__, hex(id(self)),
            "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn("isSet() is deprecated, use is_set() instead",
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        # 3.11 accepts any number here (a check came in a later release).
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = "filling"   # filling, draining, resetting, broken
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %s: broken>" % (
                self.__class__.__module__, self.__class__.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, hex(id(self)),
            self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_for_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_for_filling(self):
        # Threads arriving while the previous round drains (or resets) wait their turn.
        self._cond.wait_for(lambda: self._phase not in ("draining", "resetting"))
        if self._phase == "broken":
            raise BrokenBarrierError

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._phase = "draining"
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != "filling", timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase not in ("draining",):
            raise BrokenBarrierError

    def _leave(self):
        if self._count == 0 and self._phase in ("resetting", "draining"):
            self._phase = "filling"
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._phase == "filling":
                    self._phase = "resetting"
                elif self._phase == "broken":
                    self._phase = "resetting"
            else:
                self._phase = "filling"
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._phase = "broken"
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._phase == "filling":
            return self._count
        return 0

    @property
    def broken(self):
        return self._phase == "broken"


_thread_counter = 0


def _auto_name(template="Thread-%d"):
    global _thread_counter
    _thread_counter += 1
    return template % _thread_counter


_registry_lock = _new_lock()
_running = {}       # ident -> Thread, in start order
_starting = {}      # Thread -> Thread, between start() and the new thread's first step


class _ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread), like CPython's struct sequence."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


_ExceptHookArgs.__name__ = "_ExceptHookArgs"
_ExceptHookArgs.__qualname__ = "_ExceptHookArgs"
_ExceptHookArgs.__module__ = "_thread"
ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Prints an exception that ended a thread, as CPython's default hook does."""
    if args.exc_type == SystemExit:
        return
    stream = _sys.stderr
    if stream is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stream, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stream)
    stream.flush()


__excepthook__ = excepthook



def _make_invoke_excepthook():
    # A closure, as in CPython, so a failing hook's traceback shows the same
    # frame (invoke_excepthook) and line (hook(args)).
    def invoke_excepthook(thread):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        args = ExceptHookArgs((exc_type, exc_value, exc_tb, thread))
        hook = excepthook
        try:
            hook(args)
        except SystemExit:
            pass
        except BaseException as hook_error:
            # The hook's own error is shown without the thread's.
            hook_error.__suppress_context__ = True
            print("Exception in threading.excepthook:", file=_sys.stderr, flush=True)
            import traceback
            traceback.print_exception(type(hook_error), hook_error, hook_error.__traceback__)
        finally:
            exc_type = exc_value = exc_tb = args = None
    return invoke_excepthook


_invoke_excepthook = _make_invoke_excepthook()

class Thread:
    """A thread of control: subclass and override run(), or pass a target."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _auto_name()
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        # Private (mangled) so that a subclass's own `_index` cannot clash.
        self.__index = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        state = "initial"
        if self._started.is_set():
            state = "started"
        self.is_alive()
        if self._is_stopped:
            state = "stopped"
        if self._daemonic:
            state += " daemon"
        if self._ident is not None:
            state += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, state)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            _thread._start_named(self._bootstrap, (), self._name, self._daemonic)
        except Exception:
            with _registry_lock:
                del _starting[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop references so arguments can be freed once the thread is done.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    # The internal methods carry CPython's names, so that a subclass that
    # reuses one (the classic `self._stop = Event()`) fails as it does there.
    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        self._tstate_lock = _new_lock()
        self._tstate_lock.acquire()

    def _bootstrap_inner(self):
        self._set_ident()
        self._set_tstate_lock()
        self._set_native_id()
        self.__index = _thread._index_of()
        _thread._set_daemon(self.__index, self._daemonic)
        _thread._set_name(self.__index, self._name)
        with _registry_lock:
            _running[self._ident] = self
            del _starting[self]
        self._started.set()
        lock = self._tstate_lock
        try:
            self.run()
        except:
            self._invoke_excepthook()
        finally:
            self._delete()
            # Released by the engine once the thread has ended and its
            # thread-local values are freed, as CPython's thread state lock is.
            _thread._release_when_done(lock)

    def _invoke_excepthook(self):
        _invoke_excepthook(self)

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _delete(self):
        with _registry_lock:
            _running.pop(self._ident, None)

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self.__index is not None:
            _thread._set_name(self.__index, self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn("isDaemon() is deprecated, get the daemon attribute instead",
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn("setDaemon() is deprecated, set the daemon attribute instead",
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn("getName() is deprecated, get the name attribute instead",
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn("setName() is deprecated, set the name attribute instead",
                      DeprecationWarning, stacklevel=2)
        self.name = name


class Timer(Thread):
    """Calls a function after a delay, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._Thread__index = _thread._index_of()
        self._set_tstate_lock()
        self._started.set()
        with _registry_lock:
            _running[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly."""

    def __init__(self):
        Thread.__init__(self, name=_auto_name("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._Thread__index = _thread._index_of()
        self._started.set()
        with _registry_lock:
            _running[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    try:
        return _running[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    import warnings
    warnings.warn("currentThread() is deprecated, use current_thread() instead",
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    with _registry_lock:
        return len(_running) + len(_starting)


def activeCount():
    import warnings
    warnings.warn("activeCount() is deprecated, use active_count() instead",
                  DeprecationWarning, stacklevel=2)
    return active_count()


def enumerate():
    with _registry_lock:
        return list(_running.values()) + list(_starting.values())


def main_thread():
    return _main_thread


# Functions run at shutdown before non-daemon threads are joined, newest
# first (concurrent.futures stops its idle workers this way).
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the engine when the main module ends: joins non-daemon threads."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    while True:
        with _registry_lock:
            pending = [t for t in list(_running.values()) + list(_starting.values())
                       if not t.daemon and t is not _main_thread]
        if not pending:
            break
        for t in pending:
            if t._started.is_set():
                t.join()
            else:
                t._started.wait()


_main_thread = _MainThread()
