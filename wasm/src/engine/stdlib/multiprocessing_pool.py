"""Process and thread pools (`multiprocessing.pool`), written for Threadwise.

Workers (spawned processes, or threads for ThreadPool) read tasks from one
queue and write results to another; a daemon thread in the parent hands
results to the waiting AsyncResult objects. Worker names, chunking of map()
and the errors follow CPython 3.11.
"""

import os
import queue
import threading
import multiprocessing as _mpm
from multiprocessing import Queue, Process, TimeoutError

__all__ = ["Pool", "ThreadPool", "AsyncResult", "ApplyResult", "MapResult"]

RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"


class _PoolWorker(Process):
    @classmethod
    def _name_prefix(cls):
        return "SpawnPoolWorker-"


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, whoami=None):
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        task = inqueue.get()
        if task is None:
            break
        job, index, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, index, result))
        except Exception as e:
            outqueue.put((job, index, (False, e)))
        done += 1
    outqueue.put(("exit", (whoami or _mpm.current_process)().name, None))


def _mapstar(args):
    return list(map(*args))


def _starmapstar(args):
    return list(_starmap(args[0], args[1]))


def _starmap(func, items):
    for item in items:
        yield func(*item)


class ApplyResult:
    """The future result of apply_async()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = pool._new_job(self)
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, index, outcome):
        self._success, self._value = outcome
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._pool._forget(self._job)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The future result of map_async(): chunks arrive in any order, results keep theirs."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._chunks_left = 0
            self._event.set()
            pool._forget(self._job)
        else:
            self._chunks_left = length // chunksize + bool(length % chunksize)

    def _set(self, index, outcome):
        self._chunks_left -= 1
        ok, result = outcome
        if ok and self._success:
            self._value[index * self._chunksize:(index + 1) * self._chunksize] = result
        elif not ok and self._success:
            self._success = False
            self._value = result
        if self._chunks_left == 0:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            self._event.set()
            self._pool._forget(self._job)


class Pool:
    """A pool of worker processes."""

    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._setup_queues()
        self._state = RUN
        self._cache = {}
        self._next_job = 0
        self._pool = []
        for _ in range(processes):
            self._add_worker()
        self._start_handlers()

    def _setup_queues(self):
        self._inqueue = Queue()
        self._outqueue = Queue()

    def _start_handlers(self):
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (
            type(self).__module__, type(self).__qualname__, self._state, len(self._pool))

    def _add_worker(self):
        w = _PoolWorker(target=worker, args=(self._inqueue, self._outqueue, self._initializer,
                                             self._initargs, self._maxtasksperchild))
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _handle_results(self):
        while True:
            job, index, outcome = self._outqueue.get()
            if job == "stop":
                return
            if job == "exit":
                self._pool = [w for w in self._pool if w.name != index]
                if self._state == RUN:
                    self._add_worker()
                continue
            result = self._cache.get(job)
            if result is not None:
                result._set(index, outcome)

    def _new_job(self, result):
        job = self._next_job
        self._next_job += 1
        self._cache[job] = result
        return job

    def _forget(self, job):
        self._cache.pop(job, None)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._inqueue.put((result._job, 0, func, tuple(args), dict(kwds)))
        return result

    def _map_async(self, func, iterable, star, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        items = list(iterable)
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        if chunksize:
            for index, start in enumerate(range(0, len(items), chunksize)):
                chunk = tuple(items[start:start + chunksize])
                self._inqueue.put((result._job, index, star, ((func, chunk),), {}))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _mapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _mapstar, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _starmapstar, chunksize, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        return iter(self.map(func, iterable, chunksize))

    def imap_unordered(self, func, iterable, chunksize=1):
        return iter(self.map(func, iterable, chunksize))

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        self._state = TERMINATE
        for w in list(self._pool):
            w.terminate()
        self._outqueue.put(("stop", None, None))

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for w in list(self._pool):
            w.join()
        if self._state == CLOSE:
            # Wait for results still in flight, then let the handler go.
            for r in list(self._cache.values()):
                r.wait()
            self._outqueue.put(("stop", None, None))
        self._handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()


class ThreadPool(Pool):
    """A pool of worker threads, with the process pool's interface."""

    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()

    def _add_worker(self):
        w = threading.Thread(target=worker, args=(self._inqueue, self._outqueue, self._initializer,
                                                 self._initargs, None, threading.current_thread))
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _start_handlers(self):
        # CPython's pool runs three handler threads (workers, tasks,
        # results); the two this one does without still take their numbers,
        # so later threads get the names they would get there.
        threading._auto_name()
        threading._auto_name()
        Pool._start_handlers(self)

    def terminate(self):
        # Threads cannot be killed: queued tasks are dropped and each worker
        # finishes the task it is running, as in CPython.
        self._state = TERMINATE
        while True:
            try:
                self._inqueue.get_nowait()
            except queue.Empty:
                break
        for _ in self._pool:
            self._inqueue.put(None)
        for w in list(self._pool):
            w.join()
        self._outqueue.put(("stop", None, None))
        if self._handler is not threading.current_thread():
            self._handler.join()
