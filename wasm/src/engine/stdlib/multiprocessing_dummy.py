"""`multiprocessing.dummy`: the multiprocessing API over threads, written for
Threadwise. Its Pool is `multiprocessing.pool.ThreadPool`, its queues are
`queue.Queue`, and a Process is a thread that knows its parent, as in
CPython 3.11. Managers, pipes and shared arrays are not provided.
"""

import queue
import threading
import weakref

from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier

__all__ = [
    "Process", "current_process", "active_children", "freeze_support",
    "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition",
    "Event", "Barrier", "Queue", "Pool", "JoinableQueue",
]

current_process = threading.current_thread


class DummyProcess(threading.Thread):
    """A Process that is really a thread: it records its parent and its
    children, and its exit code is 0 once it has run."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._pid = None
        self._parent = current_process()
        self._children = weakref.WeakKeyDictionary()
        self._start_called = False

    def start(self):
        here = current_process()
        if here is not self._parent:
            raise RuntimeError(f"Parent is {self._parent!r} but current_process is {here!r}")
        self._start_called = True
        siblings = getattr(self._parent, "_children", None)
        if siblings is not None:
            siblings[self] = None
        super().start()

    @property
    def exitcode(self):
        return 0 if self._start_called and not self.is_alive() else None


Process = DummyProcess
# The thread importing this module is a parent too.
current_process()._children = weakref.WeakKeyDictionary()


def active_children():
    """The started children of the running thread that are still alive."""
    children = current_process()._children
    for finished in [c for c in children if not c.is_alive()]:
        del children[finished]
    return list(children)


def freeze_support():
    """Nothing to do: there are no frozen executables here."""


def Pool(processes=None, initializer=None, initargs=()):
    """A ThreadPool."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


Queue = queue.Queue
JoinableQueue = queue.Queue
