"""More handlers: a queue handler and listener for logging from threads, and buffers.

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`logging.handlers`. Handlers that need files, sockets or other processes
raise NotImplementedError when created.
"""

import logging
import queue
import threading


class QueueHandler(logging.Handler):
    """Puts each record (formatted, stripped of unpicklable parts) on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        # A shallow copy, so other handlers still see the original record.
        original = record
        record = object.__new__(type(original))
        record.__dict__.update(original.__dict__)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue on a daemon thread and hands them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        tracks_tasks = hasattr(q, "task_done")
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is self._sentinel:
                if tracks_tasks:
                    q.task_done()
                break
            self.handle(record)
            if tracks_tasks:
                q.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Asks the listener thread to finish the queue and waits for it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None


class BufferingHandler(logging.Handler):
    """Keeps records in a list until shouldFlush() says the buffer is full."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to a target handler when full or on an important one."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


def _unsupported(name, why):
    class Unsupported(logging.Handler):
        def __init__(self, *args, **kwargs):
            raise NotImplementedError(
                "logging.handlers.%s is not supported in this playground yet (%s)" % (name, why))
    Unsupported.__name__ = name
    Unsupported.__qualname__ = name
    return Unsupported


RotatingFileHandler = _unsupported("RotatingFileHandler", "no file system")
TimedRotatingFileHandler = _unsupported("TimedRotatingFileHandler", "no file system")
WatchedFileHandler = _unsupported("WatchedFileHandler", "no file system")
SocketHandler = _unsupported("SocketHandler", "no network")
DatagramHandler = _unsupported("DatagramHandler", "no network")
SysLogHandler = _unsupported("SysLogHandler", "no network")
SMTPHandler = _unsupported("SMTPHandler", "no network")
HTTPHandler = _unsupported("HTTPHandler", "no network")
NTEventLogHandler = _unsupported("NTEventLogHandler", "no event log")
