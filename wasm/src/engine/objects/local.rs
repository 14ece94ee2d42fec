//! `threading.local`: one attribute namespace per thread.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::engine::objects::dict::PyDict;
use crate::engine::value::Value;

/// Identifies a thread across processes: `(process id, thread index)`.
pub type ThreadKey = (u32, u32);

/// The per-thread state of one `threading.local` object.
pub struct LocalData {
    /// Each thread's namespace, created on the thread's first access.
    pub dicts: RefCell<Vec<(ThreadKey, Rc<PyDict>)>>,
    /// Positional and keyword arguments given to the constructor, replayed to
    /// `__init__` in every new thread.
    pub init_args: (Vec<Value>, Vec<(Value, Value)>),
    /// Number of this local in the run (for the trace).
    pub id: u32,
    /// Threads whose lazy `__init__` is running now (re-entrant access sees the dict).
    pub initialising: RefCell<Vec<ThreadKey>>,
    /// Line where it was created (for the inspector's label).
    pub line: Cell<u32>,
}

impl LocalData {
    /// State for a new local.
    pub fn new(id: u32, init_args: (Vec<Value>, Vec<(Value, Value)>), line: u32) -> LocalData {
        LocalData {
            dicts: RefCell::new(Vec::new()),
            init_args,
            id,
            initialising: RefCell::new(Vec::new()),
            line: Cell::new(line),
        }
    }

    /// This thread's namespace, if it has one.
    pub fn dict_for(&self, key: ThreadKey) -> Option<Rc<PyDict>> {
        self.dicts
            .borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, d)| d.clone())
    }

    /// Creates this thread's namespace.
    pub fn create_for(&self, key: ThreadKey) -> Rc<PyDict> {
        let d = PyDict::new_rc();
        self.dicts.borrow_mut().push((key, d.clone()));
        d
    }

    /// Drops a finished thread's namespace, as CPython does when a thread ends.
    pub fn forget(&self, key: ThreadKey) -> Option<Rc<PyDict>> {
        let mut ds = self.dicts.borrow_mut();
        let pos = ds.iter().position(|(k, _)| *k == key)?;
        Some(ds.remove(pos).1)
    }
}
