//! `gc.collect()`: frees the reference cycles that nothing else holds, in
//! CPython's order (see `objects::cycles` for how they are found).

use std::cell::Cell;

use std::rc::Rc;

use crate::engine::flow::PyResult;
use crate::engine::objects::class::Instance;
use crate::engine::objects::cycles;
use crate::engine::objects::object::Object;
use crate::engine::objects::{finalizer, generator, weak};
use crate::engine::value::Value;
use crate::engine::vm::Vm;

thread_local! {
    /// Set while a collection runs.
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
}

impl Vm {
    /// Collects the garbage cycles that hold an instance with `__del__` or a
    /// weak reference, or a paused generator with cleanup: their weak
    /// references are cleared (callbacks run), then their `__del__` methods
    /// and generator cleanups run, oldest first, then what is still
    /// garbage is emptied and freed. Returns how many objects were freed so
    /// (not those a `__del__` stored away, and not an instance's own
    /// `__dict__`, which CPython 3.11 keeps inside the instance). `at_exit`
    /// is the last collection, after the namespace is gone: it calls no
    /// callbacks and runs no finalizers, only frees.
    pub fn collect_cycles(&mut self, at_exit: bool) -> PyResult<usize> {
        // A collection asked for by a finalizer of this one finds nothing,
        // as in CPython.
        if COLLECTING.with(|c| c.replace(true)) {
            return Ok(0);
        }
        let result = self.collect_once(at_exit);
        COLLECTING.with(|c| c.set(false));
        result
    }

    fn collect_once(&mut self, at_exit: bool) -> PyResult<usize> {
        // An instance's own dict is walked again through its instance.
        let garbage = cycles::find_garbage(cycle_candidates()).into_garbage(false);
        if garbage.is_empty() {
            return Ok(0);
        }
        // Weak references die first, oldest referent first (the walk's order
        // depends on a hash map's).
        let mut referents: Vec<&Rc<Instance>> = garbage
            .iter()
            .filter_map(|v| match v {
                Value::Instance(i) => Some(i),
                _ => None,
            })
            .collect();
        referents.sort_by_key(|i| i.finalizer.get());
        let garbage_refs: Vec<*const Object> = garbage
            .iter()
            .filter_map(|v| match v {
                Value::Object(o) if matches!(&**o, Object::WeakRef { .. }) => Some(Rc::as_ptr(o)),
                _ => None,
            })
            .collect();
        let in_garbage = |r: &Rc<Object>| garbage_refs.contains(&Rc::as_ptr(r));
        for i in referents {
            weak::clear_refs(i, &in_garbage);
        }
        self.run_after_collect(at_exit)?;
        // Then each finalizer, oldest first: `__del__`, or a paused
        // generator's cleanup.
        let mut pending: Vec<(u64, Value)> = garbage
            .iter()
            .filter_map(|v| Some((finalizer::pending_serial(v)?, v.clone())))
            .collect();
        pending.sort_by_key(|(serial, _)| *serial);
        for (_, v) in pending {
            if at_exit {
                // The last collection at exit frees without finalizing, as
                // CPython's does once the modules are gone.
                silence(&v);
            } else {
                self.finalize_value(v)?;
            }
            self.run_after_collect(at_exit)?;
        }
        // Finalizers may have broken cycles (what they free is not counted,
        // as in CPython) or stored their object somewhere: only what is still
        // garbage is emptied.
        let handles: Vec<cycles::WeakValue> =
            garbage.iter().filter_map(cycles::WeakValue::new).collect();
        drop(garbage);
        self.run_after_collect(at_exit)?;
        let survivors: Vec<Value> = handles.iter().filter_map(|h| h.upgrade()).collect();
        let walk = cycles::find_garbage(survivors);
        let found = walk.count();
        let still = walk.into_garbage(true);
        for v in &still {
            cycles::clear(v);
        }
        drop(still);
        self.run_after_collect(at_exit)?;
        Ok(found)
    }

    fn run_after_collect(&mut self, at_exit: bool) -> PyResult<()> {
        if at_exit {
            self.run_deferred_at_exit()
        } else {
            self.run_deferred(None)
        }
    }
}

/// Where the search for garbage cycles starts: instances with `__del__`,
/// instances that weak references point at, and generators paused inside
/// a `try` or `with`.
fn cycle_candidates() -> Vec<Value> {
    finalizer::tracked()
        .into_iter()
        .chain(weak::watched_instances())
        .map(Value::Instance)
        .chain(generator::with_cleanup().into_iter().map(Value::Object))
        .collect()
}

/// Marks a garbage object's finalizer as run without running it.
fn silence(v: &Value) {
    match v {
        Value::Instance(i) => i.finalizer.set(finalizer::DONE),
        Value::Object(o) => {
            if let Object::Generator(g) = &**o {
                g.finalized.set(true);
            }
        }
        _ => {}
    }
}
