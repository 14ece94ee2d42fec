//! Standard library modules written in Python, compiled on first import.
//! A package's submodules are dotted names (`concurrent.futures.thread`).

pub mod names;

/// The source of a Python-level standard library module.
pub fn source_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("threading.py"),
        "queue" => include_str!("queue.py"),
        "functools" => include_str!("functools.py"),
        "contextlib" => include_str!("contextlib.py"),
        "logging" => include_str!("logging/__init__.py"),
        "logging.handlers" => include_str!("logging/handlers.py"),
        "concurrent" => include_str!("concurrent/__init__.py"),
        "concurrent.futures" => include_str!("concurrent/futures/__init__.py"),
        "concurrent.futures._base" => include_str!("concurrent/futures/_base.py"),
        "concurrent.futures.thread" => include_str!("concurrent/futures/thread.py"),
        "concurrent.futures.process" => include_str!("concurrent/futures/process.py"),
        "weakref" => include_str!("weakref.py"),
        "signal" => include_str!("signal.py"),
        "multiprocessing" => include_str!("multiprocessing.py"),
        "multiprocessing.pool" => include_str!("multiprocessing_pool.py"),
        "collections" => include_str!("collections.py"),
        "collections.abc" => include_str!("collections_abc.py"),
        "abc" => include_str!("abc.py"),
        "copy" => include_str!("copy.py"),
        "dataclasses" => include_str!("dataclasses.py"),
        "keyword" => include_str!("keyword.py"),
        "operator" => include_str!("operator.py"),
        "_callargs" => include_str!("_callargs.py"),
        "string" => include_str!("string.py"),
        "heapq" => include_str!("heapq.py"),
        "bisect" => include_str!("bisect.py"),
        "textwrap" => include_str!("textwrap.py"),
        "typing" => include_str!("typing.py"),
        _ => return None,
    })
}
