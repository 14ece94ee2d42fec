"""ProcessPoolExecutor, which this engine does not provide yet.

Written for Threadwise. The names exist so that imports work; creating a
pool raises NotImplementedError with a clear message.
"""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(_base.Executor):
    """Not supported yet: use ThreadPoolExecutor."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError(
            "concurrent.futures.ProcessPoolExecutor is not supported in this playground yet; "
            "ThreadPoolExecutor is")
