//! Standard library modules written in Python, compiled on first import.
//! A package's submodules are dotted names (`concurrent.futures.thread`).

/// The module's source as build.rs left it: no comments or docstrings.
macro_rules! stdlib {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/stdlib/", $path))
    };
}

/// The source of a Python-level standard library module.
pub fn source_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => stdlib!("threading.py"),
        "queue" => stdlib!("queue.py"),
        "functools" => stdlib!("functools.py"),
        "contextlib" => stdlib!("contextlib.py"),
        "logging" => stdlib!("logging/__init__.py"),
        "logging.handlers" => stdlib!("logging/handlers.py"),
        "concurrent" => stdlib!("concurrent/__init__.py"),
        "concurrent.futures" => stdlib!("concurrent/futures/__init__.py"),
        "concurrent.futures._base" => stdlib!("concurrent/futures/_base.py"),
        "concurrent.futures.thread" => stdlib!("concurrent/futures/thread.py"),
        "concurrent.futures.process" => stdlib!("concurrent/futures/process.py"),
        "weakref" => stdlib!("weakref.py"),
        "signal" => stdlib!("signal.py"),
        "multiprocessing" => stdlib!("multiprocessing.py"),
        "multiprocessing.pool" => stdlib!("multiprocessing_pool.py"),
        "collections" => stdlib!("collections.py"),
        "collections.abc" => stdlib!("collections_abc.py"),
        "abc" => stdlib!("abc.py"),
        "copy" => stdlib!("copy.py"),
        "dataclasses" => stdlib!("dataclasses.py"),
        "keyword" => stdlib!("keyword.py"),
        "operator" => stdlib!("operator.py"),
        "_callargs" => stdlib!("_callargs.py"),
        "string" => stdlib!("string.py"),
        "heapq" => stdlib!("heapq.py"),
        "bisect" => stdlib!("bisect.py"),
        "textwrap" => stdlib!("textwrap.py"),
        "typing" => stdlib!("typing.py"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::source_of;
    use crate::engine::compiler::compile_source;

    /// Every module, with its source as written.
    const ORIGINALS: &[(&str, &str)] = &[
        ("threading", include_str!("threading.py")),
        ("queue", include_str!("queue.py")),
        ("functools", include_str!("functools.py")),
        ("contextlib", include_str!("contextlib.py")),
        ("logging", include_str!("logging/__init__.py")),
        ("logging.handlers", include_str!("logging/handlers.py")),
        ("concurrent", include_str!("concurrent/__init__.py")),
        (
            "concurrent.futures",
            include_str!("concurrent/futures/__init__.py"),
        ),
        (
            "concurrent.futures._base",
            include_str!("concurrent/futures/_base.py"),
        ),
        (
            "concurrent.futures.thread",
            include_str!("concurrent/futures/thread.py"),
        ),
        (
            "concurrent.futures.process",
            include_str!("concurrent/futures/process.py"),
        ),
        ("weakref", include_str!("weakref.py")),
        ("signal", include_str!("signal.py")),
        ("multiprocessing", include_str!("multiprocessing.py")),
        (
            "multiprocessing.pool",
            include_str!("multiprocessing_pool.py"),
        ),
        ("collections", include_str!("collections.py")),
        ("collections.abc", include_str!("collections_abc.py")),
        ("abc", include_str!("abc.py")),
        ("copy", include_str!("copy.py")),
        ("dataclasses", include_str!("dataclasses.py")),
        ("keyword", include_str!("keyword.py")),
        ("operator", include_str!("operator.py")),
        ("_callargs", include_str!("_callargs.py")),
        ("string", include_str!("string.py")),
        ("heapq", include_str!("heapq.py")),
        ("bisect", include_str!("bisect.py")),
        ("textwrap", include_str!("textwrap.py")),
        ("typing", include_str!("typing.py")),
    ];

    #[test]
    fn stripped_modules_compile_and_keep_their_line_numbers() {
        let mut before = 0;
        let mut after = 0;
        for (name, original) in ORIGINALS {
            let stripped = source_of(name).expect("listed module");
            if let Err(e) = compile_source(stripped, name) {
                panic!("{name} no longer compiles once stripped: {e:?}");
            }
            assert_eq!(stripped.lines().count(), original.lines().count(), "{name}");
            // Each line is the original's, less any comment or docstring.
            for (a, b) in stripped.lines().zip(original.lines()) {
                let kept = a.trim_end().trim_end_matches("\"\"");
                assert!(b.starts_with(kept), "{name}: {a:?} is not a cut of {b:?}");
            }
            before += original.len();
            after += stripped.len();
        }
        assert!(
            after < before * 9 / 10,
            "stripping saved little: {before} -> {after} bytes"
        );
    }
}
