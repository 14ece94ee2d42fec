"""ThreadPoolExecutor: a pool of reusable worker threads fed from one queue.

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`concurrent.futures.thread`, including when workers are started: one per
submit() while no worker is idle, up to `max_workers`, named
`<prefix>_<n>`. Workers are non-daemon threads; at interpreter exit a hook
registered with threading stops and joins them before the other threads are
waited for.
"""

import queue
import threading
import weakref

from concurrent.futures import _base

# The number of CPUs this engine reports (CPython asks os.cpu_count()); it
# sets the default pool size, min(32, CPU_COUNT + 4) = 6.
CPU_COUNT = 2

# Each worker thread's queue, for the exit hook.
_threads_queues = {}
# Set once the interpreter is exiting: no new work, workers stop.
_shutdown = False
_global_shutdown_lock = threading.Lock()


# Numbers the pools that were not given a thread_name_prefix, from 0.
_pool_count = [0]


def _next_pool_number():
    n = _pool_count[0]
    _pool_count[0] = n + 1
    return n


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    pairs = list(_threads_queues.items())
    for _, work_queue in pairs:
        work_queue.put(None)
    for thread, _ in pairs:
        thread.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    """One submitted call and the Future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            outcome = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exception -> traceback -> this frame -> self.
            self = None
        else:
            self.future.set_result(outcome)

    def __class_getitem__(cls, item):
        return cls


def _worker(executor_ref, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical("Exception in initializer:", exc_info=True)
            executor = executor_ref()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                # Forget the item before waiting again, so its result can be freed.
                del item
                executor = executor_ref()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue
            # None means: stop, if the pool (or the interpreter) is shutting down.
            executor = executor_ref()
            if _shutdown or executor is None or executor._shutdown:
                if executor is not None:
                    executor._shutdown = True
                # Pass the stop signal on to the next worker.
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _base.LOGGER.critical("Exception in worker", exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread's initializer failed."""


class ThreadPoolExecutor(_base.Executor):
    """Runs submitted calls on a pool of at most `max_workers` threads."""


    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, CPU_COUNT + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        # Counts workers that finished an item and may be waiting for another.
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % _next_pool_number())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._start_worker_if_needed()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _start_worker_if_needed(self):
        # A worker that has gone idle will take the item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return

        def wake_workers(_, q=self._work_queue):
            # The executor was freed without shutdown(): let its workers stop.
            q.put(None)

        name = "%s_%d" % (self._thread_name_prefix or self, count)
        t = threading.Thread(name=name, target=_worker,
                             args=(weakref.ref(self, wake_workers), self._work_queue,
                                   self._initializer, self._initargs))
        t.start()
        self._threads.add(t)
        _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = "A thread initializer failed, the thread pool is not usable anymore"
            # Every queued call fails the same way.
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Queued calls that no worker has taken are cancelled.
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            # One None wakes a worker, which passes it on to the next.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
