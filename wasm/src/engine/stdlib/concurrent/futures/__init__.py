"""Run calls asynchronously in a pool of threads and collect their results.

Written for Threadwise, after CPython 3.11's `concurrent.futures` package.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed,
)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
    "TimeoutError", "BrokenExecutor", "Future", "Executor", "wait",
    "as_completed", "ProcessPoolExecutor", "ThreadPoolExecutor",
)
