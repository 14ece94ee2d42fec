//! Standard library modules written in Python, compiled on first import.
//! A package's submodules are dotted names (`concurrent.futures.thread`).

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
        _ => return None,
    })
}
