//! Standard library modules written in Python, compiled on first import.
//! A package's submodules are dotted names (`concurrent.futures.thread`).
//!
//! Natively (the `embed-stdlib` feature, on by default) the sources are
//! compiled into the engine. The browser build leaves them out, which keeps
//! about 60 KB (gzipped) out of the wasm every page downloads: the worker
//! fetches each module's file when a program first needs it.

use std::borrow::Cow;

pub mod missing;
pub mod names;

/// Declares the modules once: their names always, their sources when embedded.
macro_rules! modules {
    ($(($name:literal, $path:literal)),* $(,)?) => {
        /// Every Python-level standard library module, in the order listed.
        pub const MODULES: &[&str] = &[$($name),*];

        /// Each module's name and source, as compiled into the engine.
        #[cfg(feature = "embed-stdlib")]
        pub const SOURCES: &[(&str, &str)] = &[$(($name, include_str!($path))),*];
    };
}

modules![
    ("threading", "threading.py"),
    ("queue", "queue.py"),
    ("functools", "functools.py"),
    ("contextlib", "contextlib.py"),
    ("logging", "logging/__init__.py"),
    ("logging.handlers", "logging/handlers.py"),
    ("concurrent", "concurrent/__init__.py"),
    ("concurrent.futures", "concurrent/futures/__init__.py"),
    ("concurrent.futures._base", "concurrent/futures/_base.py"),
    ("concurrent.futures.thread", "concurrent/futures/thread.py"),
    (
        "concurrent.futures.process",
        "concurrent/futures/process.py"
    ),
    ("weakref", "weakref.py"),
    ("signal", "signal.py"),
    ("multiprocessing", "multiprocessing.py"),
    ("multiprocessing.dummy", "multiprocessing_dummy.py"),
    ("multiprocessing.pool", "multiprocessing_pool.py"),
    ("collections", "collections.py"),
    ("collections.abc", "collections_abc.py"),
    ("abc", "abc.py"),
    ("copy", "copy.py"),
    ("dataclasses", "dataclasses.py"),
    ("keyword", "keyword.py"),
    ("operator", "operator.py"),
    ("_callargs", "_callargs.py"),
    ("string", "string.py"),
    ("heapq", "heapq.py"),
    ("bisect", "bisect.py"),
    ("textwrap", "textwrap.py"),
    ("typing", "typing.py"),
    ("traceback", "traceback.py"),
];

/// Where a module stands in for something CPython writes in C: the
/// prefixes of the qualified names whose frames CPython's tracebacks never
/// show.
pub fn hidden_prefixes(module: &str) -> &'static [&'static str] {
    match module {
        // `threading.RLock` is `_thread.RLock`, a C type, in CPython.
        "threading" => &["_RLock."],
        // The heap functions are `_heapq`'s; merge, nsmallest and nlargest
        // are Python there too.
        "heapq" => &["heap", "_check", "_sift"],
        "bisect" => &["bisect", "insort", "_bounds"],
        // namedtuple's __new__ is generated code there: a wrong number of
        // arguments fails in the call, with no frame of its own.
        "collections" => &[
            "defaultdict.",
            "OrderedDict.",
            "_tuplegetter.",
            "namedtuple.<locals>.__new__",
        ],
        // So is a dataclass's __init__ (argument errors show no frame; an
        // error in __post_init__ loses CPython's `File "<string>"` line).
        "dataclasses" => &["_make_init.<locals>.__init__"],
        // Argument binding, which CPython does in C.
        "_callargs" => &[""],
        // All of `operator` is `_operator`'s.
        "operator" => &[""],
        // partial, reduce, cmp_to_key and the lru_cache wrapper are C.
        "functools" => &[
            "reduce",
            "partial.",
            "cmp_to_key",
            "KeyWrapper.",
            "_lru_cache_wrapper.",
        ],
        _ => &[],
    }
}

/// Whether `name` is one of the Python-level standard library modules.
pub fn is_module(name: &str) -> bool {
    MODULES.contains(&name)
}

/// The source of a Python-level standard library module: `Ok(None)` when
/// `name` is not one, `Err` with the reason when it is but cannot be loaded.
pub fn source_of(name: &str) -> Result<Option<Cow<'static, str>>, String> {
    if !is_module(name) {
        return Ok(None);
    }
    load(name).map(Some)
}

#[cfg(feature = "embed-stdlib")]
fn load(name: &str) -> Result<Cow<'static, str>, String> {
    SOURCES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| Cow::Borrowed(*source))
        .ok_or_else(|| format!("{name} is not embedded"))
}

#[cfg(all(not(feature = "embed-stdlib"), target_arch = "wasm32"))]
fn load(name: &str) -> Result<Cow<'static, str>, String> {
    crate::web::stdlib_source(name).map(Cow::Owned)
}

#[cfg(all(not(feature = "embed-stdlib"), not(target_arch = "wasm32")))]
fn load(name: &str) -> Result<Cow<'static, str>, String> {
    Err(format!(
        "{name} is not available: this build has neither embedded sources nor a browser to fetch them"
    ))
}

#[cfg(all(test, feature = "embed-stdlib"))]
mod tests {
    use super::*;

    #[test]
    fn every_listed_module_has_a_source_and_names_are_unique() {
        assert_eq!(SOURCES.len(), MODULES.len());
        let mut names = MODULES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), MODULES.len());
        assert!(source_of("threading")
            .unwrap()
            .unwrap()
            .contains("class Thread"));
        assert!(source_of("no_such_module").unwrap().is_none());
    }
}
