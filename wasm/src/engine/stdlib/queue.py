"""Synchronised queues for passing items between threads.

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`queue` module: every bounded queue guards its storage with one
`threading.Lock` and three `threading.Condition`s sharing it, so waiting,
waking and timeouts come from `threading`.
"""

from _collections import _generic_alias
import threading as _threading
from heapq import heappush, heappop
from time import monotonic as _now

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]

try:
    from collections import deque as _deque
except ImportError:
    class _deque(list):
        """Stands in for collections.deque where that module is missing."""

        __slots__ = ()

        def popleft(self):
            if not self:
                raise IndexError("pop from an empty deque")
            return self.pop(0)

        def __repr__(self):
            return "deque(%s)" % list.__repr__(self)


class Empty(Exception):
    "Raised by Queue.get(block=0)/get_nowait()."
    pass


# CPython defines Empty in its C accelerator, so that is where it says it lives.
Empty.__module__ = "_queue"


class Full(Exception):
    "Raised by Queue.put(block=0)/put_nowait()."
    pass


_NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number"


class Queue:
    """A first-in, first-out queue, optionally bounded by `maxsize` items."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _threading.Lock()
        # Getters wait on not_empty, putters on not_full, join() on all_tasks_done.
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Marks one item fetched with get() as fully processed."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError("task_done() called too many times")
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Waits until every item put so far has been marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds an item, waiting for room in a bounded queue if `block` is true."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError(_NEGATIVE_TIMEOUT)
                else:
                    give_up_at = _now() + timeout
                    while self._qsize() >= self.maxsize:
                        left = give_up_at - _now()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns an item, waiting for one if `block` is true."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError(_NEGATIVE_TIMEOUT)
            else:
                give_up_at = _now() + timeout
                while not self._qsize():
                    left = give_up_at - _now()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage hooks subclasses override; they run with the mutex held.

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_generic_alias)


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (a binary heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out its newest item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("SimpleQueue() takes no positional arguments")
        if kwargs:
            raise TypeError("SimpleQueue() takes no keyword arguments")
        self._items = _deque()
        self._ready = _threading.Condition(_threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Adds an item; never blocks, so `block` and `timeout` are ignored."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Removes and returns the oldest item, waiting for one if `block` is true."""
        if block and timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(timeout).__name__)
            if timeout < 0:
                raise ValueError(_NEGATIVE_TIMEOUT)
        with self._ready:
            if not block:
                if not self._items:
                    raise Empty
            elif timeout is None:
                while not self._items:
                    self._ready.wait()
            else:
                give_up_at = _now() + timeout
                while not self._items:
                    left = give_up_at - _now()
                    if left <= 0.0:
                        raise Empty
                    self._ready.wait(left)
            return self._items.popleft()

    def get_nowait(self):
        return self.get(block=False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(_generic_alias)


SimpleQueue.__module__ = "_queue"
