//! Standard library modules written in Python, compiled on first import.

/// The source of a Python-level standard library module.
pub fn source_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("threading.py"),
        "signal" => include_str!("signal.py"),
        "multiprocessing" => include_str!("multiprocessing.py"),
        "multiprocessing.pool" => include_str!("multiprocessing_pool.py"),
        _ => return None,
    })
}
