"""Futures, executors' common interface, wait() and as_completed().

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`concurrent.futures._base`. A Future keeps its state under a
`threading.Condition`; wait() and as_completed() register a watcher on
every future they watch, which the future tells as it finishes.
"""

from _collections import _generic_alias
import logging
import threading
import time

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
_AS_COMPLETED = "_AS_COMPLETED"

# Future states.
PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
# Cancelled, and the waiters have been told.
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)

LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


# ---- watchers: how wait() and as_completed() learn that futures finished ---

class _Watcher:
    """Registered on every future a wait() or as_completed() call watches.

    Each future reports here as it finishes; `event` is set once the caller
    has reason to look: at every future for as_completed() and
    FIRST_COMPLETED, at the first failure for FIRST_EXCEPTION, otherwise when
    the last pending future is done.
    """

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _future_finished(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            if self.mode in (_AS_COMPLETED, FIRST_COMPLETED):
                self.event.set()
            elif failed and self.mode == FIRST_EXCEPTION:
                self.event.set()
            else:
                self.pending -= 1
                if self.pending == 0:
                    self.event.set()


class _HoldAll:
    """Holds the conditions of many futures at once, always in the same order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *exc_info):
        for future in self.futures:
            future._condition.release()


def _watch(futures, mode):
    if mode not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % mode)
    pending = 0
    for f in futures:
        if f._state not in (CANCELLED_AND_NOTIFIED, FINISHED):
            pending += 1
    watcher = _Watcher(mode, pending)
    for f in futures:
        f._waiters.append(watcher)
    return watcher


def _unwatch(futures, watcher):
    for f in futures:
        with f._condition:
            f._waiters.remove(watcher)


def _finished_in(futures):
    return set(f for f in futures if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))


def as_completed(fs, timeout=None):
    """Yields the futures in `fs` as they finish (those already done come first).

    Raises TimeoutError if some are still unfinished `timeout` seconds after
    the call.
    """
    if timeout is not None:
        give_up_at = timeout + time.monotonic()
    watched = set(fs)
    total = len(watched)
    with _HoldAll(watched):
        ready = list(_finished_in(watched))
        pending = watched - set(ready)
        watcher = _watch(watched, _AS_COMPLETED)
    try:
        while True:
            # Hand out what is ready from the end of the list; forget each future
            # as it goes, so neither this generator nor its input keeps it alive.
            while ready:
                f = ready.pop()
                watched.discard(f)
                pending.discard(f)
                with f._condition:
                    f._waiters.remove(watcher)
                yield f
                del f
            if not pending:
                return
            if timeout is None:
                wait_for = None
            else:
                wait_for = give_up_at - time.monotonic()
                if wait_for < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
            watcher.event.wait(wait_for)
            with watcher.lock:
                ready = watcher.finished_futures
                watcher.finished_futures = []
                watcher.event.clear()
            # Reversed, so popping from the end gives finishing order.
            ready.reverse()
    finally:
        _unwatch(watched, watcher)


class DoneAndNotDoneFutures(tuple):
    """(done, not_done): what wait() returns, like CPython's namedtuple."""

    __slots__ = ()
    _fields = ("done", "not_done")

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % tuple(self)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures in `fs`; returns the sets (done, not_done).

    `return_when` is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    """
    watched = set(fs)
    with _HoldAll(watched):
        done = _finished_in(watched)
        enough = len(done) == len(watched)
        if done and return_when == FIRST_COMPLETED:
            enough = True
        elif done and return_when == FIRST_EXCEPTION:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    enough = True
        if enough:
            return DoneAndNotDoneFutures(done, watched - done)
        watcher = _watch(watched, return_when)
    watcher.event.wait(timeout)
    _unwatch(watched, watcher)
    done.update(watcher.finished_futures)
    return DoneAndNotDoneFutures(done, watched - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Future:
    """The eventual result of a call, set by whoever runs it."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception("exception calling callback for %r", self)

    def __repr__(self):
        with self._condition:
            where = "<%s at %#x state=%s" % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception:
                    return "%s raised %s>" % (where, self._exception.__class__.__name__)
                return "%s returned %s>" % (where, self._result.__class__.__name__)
            return where + ">"

    def cancel(self):
        """Cancels the future unless it is running or done; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """True if the future is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future was cancelled or finished."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # Drop the frame's reference, so the exception does not keep it alive.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls `fn(future)` when the future finishes; at once if it already has."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception("exception calling callback for %r", self)

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds for it.

        Raises CancelledError if cancelled, TimeoutError on timeout, or the
        call's own exception.
        """
        try:
            with self._condition:
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to `timeout`."""
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """Marks the future running; False (after telling waiters) if it was cancelled.

        For executors only.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter._future_finished(self, False)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical("Future %s in unexpected state: %s", id(self), self._state)
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        """Stores the call's result and wakes everyone waiting. For executors and tests."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter._future_finished(self, False)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Stores the call's exception and wakes everyone waiting. For executors and tests."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter._future_finished(self, True)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(_generic_alias)


class Executor:
    """The interface every executor offers: submit, map, shutdown, `with`."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules `fn(*args, **kwargs)` and returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor.

        Every call is submitted at once; the results come back in input order.
        """
        if timeout is not None:
            give_up_at = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                # Reversed, so pop() takes the next one and forgets it.
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), give_up_at - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources; with `wait`, after pending work is done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
