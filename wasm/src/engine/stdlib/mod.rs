//! Standard library modules written in Python, compiled on first import.

/// The source of a Python-level standard library module.
pub fn source_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("threading.py"),
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
