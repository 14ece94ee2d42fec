"""Processes with their own globals, on the engine's `_multiprocessing`.

Written for Threadwise. A child process is a fresh interpreter state started
the "spawn" way: it re-runs the main module as `__mp_main__`, then calls the
target; arguments and results cross by value (pickled), and the objects in
this module meant for sharing (Queue, Lock, Event, Value, ...) cross by
reference. All processes share the one virtual clock.
"""

import os
import sys
import threading
import _multiprocessing as _mp

__all__ = [
    "Process", "current_process", "parent_process", "active_children", "cpu_count",
    "Queue", "SimpleQueue", "JoinableQueue", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Event", "Condition", "Barrier", "Value", "Array", "Pool",
    "get_context", "get_start_method", "set_start_method", "get_all_start_methods",
    "freeze_support", "TimeoutError", "ProcessError", "AuthenticationError",
    "BufferTooShort", "Manager",
]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_process_counter = 0


def _next_identity():
    global _process_counter
    _process_counter += 1
    return _current_process._identity + (_process_counter,)


class Process:
    """A process running `target(*args, **kwargs)` (or an overridden `run()`)."""

    _start_method = "spawn"

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._identity = _next_identity()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._pid = None
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self)._name_prefix() + ":".join(str(i) for i in self._identity))
        self._daemonic = daemon if daemon is not None else _current_process.daemon
        self._closed = False

    @classmethod
    def _name_prefix(cls):
        return "Process-"

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._pid is None, "cannot start a process twice"
        assert self._parent_pid == os.getpid(), "can only start a process object created by current process"
        assert not _current_process._daemonic, "daemonic processes are not allowed to have children"
        self._pid = _mp.spawn(self, self._name, self._daemonic)
        _children.append(self)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), "can only join a child process"
        assert self._pid is not None, "can only join a started process"
        _mp.join(self._pid, timeout)
        if self.exitcode is not None and self in _children:
            _children.remove(self)

    def terminate(self):
        self._check_closed()
        if self._pid is not None:
            _mp.terminate(self._pid)

    kill = terminate

    def close(self):
        if self._pid is not None and self.exitcode is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), "can only test a child process"
        return self._pid is not None and _mp.exitcode(self._pid) is None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), "name must be a string"
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, "process has already started"
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None:
            return None
        return _mp.exitcode(self._pid)

    @property
    def pid(self):
        self._check_closed()
        return self._pid

    ident = pid

    @property
    def authkey(self):
        return b""

    def __repr__(self):
        if self._pid is None:
            status = "initial"
        else:
            code = _mp.exitcode(self._pid)
            status = "started" if code is None else "stopped exitcode=%s" % code
        info = "<%s name=%r" % (type(self).__name__, self._name)
        if self._pid is not None:
            info += " pid=%s" % self._pid
        info += " parent=%s %s" % (self._parent_pid, status)
        if self._daemonic:
            info += " daemon"
        return info + ">"

    def _bootstrap(self):
        """Runs in the child: the target, then the child's own exit duties."""
        try:
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + "\n")
                exitcode = 1
        except:
            exitcode = 1
            import traceback
            sys.stderr.write("Process %s:\n" % self.name)
            traceback.print_exc()
        finally:
            threading._shutdown()
        return exitcode


class _MainProcess(Process):

    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._parent_pid = None
        self._pid = os.getpid()
        self._daemonic = False
        self._closed = False
        self._target = None
        self._args = ()
        self._kwargs = {}

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current_process = _MainProcess()
_children = []


def current_process():
    return _current_process


def parent_process():
    if _current_process._parent_pid is None:
        return None
    return _ParentProcess(_current_process._parent_name, _current_process._parent_pid)


class _ParentProcess:
    def __init__(self, name, pid):
        self.name = name
        self.pid = pid
        self.ident = pid

    def __repr__(self):
        return "<_ParentProcess name=%r parent=None unknown>" % (self.name,)


def active_children():
    for p in list(_children):
        if p.exitcode is not None:
            _children.remove(p)
    return list(_children)


def cpu_count():
    return os.cpu_count()


def _child_main():
    """The first thing a spawned process does after re-running the main module."""
    global _current_process, _process_counter
    process = _mp.payload()
    process._pid = os.getpid()
    _current_process = process
    _process_counter = 0
    return process._bootstrap()


def _exit_function():
    """At exit: wait for non-daemon children, stop daemon ones (as CPython's util does)."""
    for p in list(_children):
        if p._daemonic and p.exitcode is None:
            p.terminate()
    for p in list(_children):
        if p.exitcode is None:
            p.join()


import atexit as _atexit
_atexit.register(_exit_function)


class Queue:
    """A FIFO queue between processes: items are pickled when put."""

    _mp_shared = True

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._q = _mp.queue_new(maxsize)
        self._closed = False

    def __repr__(self):
        return "<multiprocessing.queues.Queue object at %s>" % hex(id(self))

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if self._maxsize > 0 and _mp.queue_size(self._q) >= self._maxsize:
            import queue
            raise queue.Full
        _mp.queue_put(self._q, obj)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if timeout is not None and timeout < 0:
            timeout = 0
        item = _mp.queue_get(self._q, block, timeout)
        if item is _mp.EMPTY:
            import queue
            raise queue.Empty
        return _mp.loads(item)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _mp.queue_size(self._q)

    def empty(self):
        return _mp.queue_size(self._q) == 0

    def full(self):
        return self._maxsize > 0 and _mp.queue_size(self._q) >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


Queue.__module__ = "multiprocessing.queues"


class SimpleQueue(Queue):
    pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = Value("i", 0)
        self._all_done = threading.Condition(threading.Lock())

    def put(self, obj, block=True, timeout=None):
        with self._all_done:
            self._unfinished.value += 1
        Queue.put(self, obj, block, timeout)

    def task_done(self):
        with self._all_done:
            if self._unfinished.value <= 0:
                raise ValueError("task_done() called too many times")
            self._unfinished.value -= 1
            if self._unfinished.value == 0:
                self._all_done.notify_all()

    def join(self):
        with self._all_done:
            while self._unfinished.value:
                self._all_done.wait()


class Lock:
    _mp_shared = True

    def __init__(self):
        self._lock = threading.Lock()
        self._owner = None

    def acquire(self, block=True, timeout=None):
        got = self._lock.acquire(block, -1 if timeout is None else timeout)
        if got:
            self._owner = (_current_process.name, threading.current_thread().name)
        return got

    def release(self):
        self._owner = None
        self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        if self._owner is None:
            return "<Lock(owner=None)>"
        name, thread = self._owner
        if name == _current_process.name:
            name = "MainProcess" if thread == "MainThread" and name == "MainProcess" else name
        return "<Lock(owner=%s)>" % (name if thread == "MainThread" else "%s|%s" % (name, thread))


class RLock(threading._RLock):
    _mp_shared = True


class Semaphore(threading.Semaphore):
    _mp_shared = True

    def __repr__(self):
        return "<Semaphore(value=%s)>" % self._value


class BoundedSemaphore(threading.BoundedSemaphore):
    _mp_shared = True

    def __repr__(self):
        return "<BoundedSemaphore(value=%s, maxvalue=%s)>" % (self._value, self._initial_value)


class Event(threading.Event):
    _mp_shared = True


class Condition(threading.Condition):
    _mp_shared = True


class Barrier(threading.Barrier):
    _mp_shared = True


class _Synchronized:
    _mp_shared = True

    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._value = value
        self._lock = RLock() if lock is True else lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._value

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    def __repr__(self):
        names = {"i": "c_int", "l": "c_long", "d": "c_double", "f": "c_float", "b": "c_byte", "c": "c_char"}
        return "<Synchronized wrapper for %s(%r)>" % (names.get(self._typecode, self._typecode), self._value)


def Value(typecode_or_type, *args, lock=True):
    initial = args[0] if args else (0.0 if typecode_or_type in ("d", "f") else 0)
    return _Synchronized(typecode_or_type, initial, lock)


class _SynchronizedArray(_Synchronized):

    def __len__(self):
        return len(self._value)

    def __getitem__(self, i):
        return self._value[i]

    def __setitem__(self, i, v):
        self._value[i] = v

    def __iter__(self):
        return iter(self._value)

    def __repr__(self):
        return "<SynchronizedArray wrapper for %r>" % (self._value,)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    if isinstance(size_or_initializer, int):
        items = [0] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _SynchronizedArray(typecode_or_type, items, lock)


def Manager():
    raise NotImplementedError("multiprocessing.Manager is not supported in this playground yet")


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def get_start_method(allow_none=False):
    return "spawn"


def set_start_method(method, force=False):
    if method not in ("spawn", "fork", "forkserver"):
        raise ValueError("cannot find context for %r" % (method,))
    if method != "spawn":
        raise NotImplementedError(
            "the %r start method is not supported in this playground yet; processes start with 'spawn'" % method)


def get_all_start_methods():
    return ["spawn"]


def freeze_support():
    pass


class _Context:
    """What get_context() returns: this module's names, for one start method."""

    def __init__(self, method):
        self._method = method

    def get_start_method(self, allow_none=False):
        return self._method

    def __getattr__(self, name):
        return globals()[name]


def get_context(method=None):
    if method is None:
        method = "spawn"
    set_start_method(method)
    return _Context(method)
