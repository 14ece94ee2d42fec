//! `gc.collect()`: frees the reference cycles that nothing else holds, in
//! CPython's order (see `objects::cycles` for how they are found).

use std::rc::Rc;

use crate::engine::flow::PyResult;
use crate::engine::objects::class::Instance;
use crate::engine::objects::cycles;
use crate::engine::objects::{finalizer, weak};
use crate::engine::value::Value;
use crate::engine::vm::Vm;

impl Vm {
    /// Collects the garbage cycles that hold an instance with `__del__` or a
    /// weak reference: their weak references are cleared (callbacks run),
    /// then their `__del__` methods run, oldest first, then what is still
    /// garbage is emptied and freed. Returns how many objects were freed so
    /// (not those a `__del__` stored away, and not an instance's own
    /// `__dict__`, which CPython 3.11 keeps inside the instance). At exit,
    /// callbacks are not called.
    pub fn collect_cycles(&mut self, at_exit: bool) -> PyResult<usize> {
        let walk = cycles::find_garbage(cycle_candidates());
        // An instance's own dict is walked again through its instance.
        let garbage: Vec<Value> = walk
            .nodes
            .into_iter()
            .zip(walk.garbage.into_iter().zip(walk.owned_dict))
            .filter_map(|(v, (g, owned))| (g && !owned).then_some(v))
            .collect();
        if garbage.is_empty() {
            return Ok(0);
        }
        let instances: Vec<Rc<Instance>> = garbage
            .iter()
            .filter_map(|v| match v {
                Value::Instance(i) => Some(i.clone()),
                _ => None,
            })
            .collect();
        for i in &instances {
            weak::clear_refs(i);
        }
        self.run_after_collect(at_exit)?;
        let mut pending: Vec<Rc<Instance>> = instances
            .into_iter()
            .filter(|i| finalizer::pending(i))
            .collect();
        pending.sort_by_key(|i| i.finalizer.get());
        for i in pending {
            self.finalize_now(i)?;
            self.run_after_collect(at_exit)?;
        }
        // A `__del__` may have stored its object somewhere: only what is
        // still garbage is emptied.
        let walk = cycles::find_garbage(garbage);
        let found = (0..walk.nodes.len())
            .filter(|&n| walk.garbage[n] && !walk.owned_dict[n])
            .count();
        let still: Vec<Value> = walk
            .nodes
            .into_iter()
            .zip(walk.garbage)
            .filter_map(|(v, g)| g.then_some(v))
            .collect();
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

/// Where the search for garbage cycles starts: instances with `__del__`
/// and instances that weak references point at.
fn cycle_candidates() -> Vec<Value> {
    finalizer::tracked()
        .into_iter()
        .chain(weak::watched_instances())
        .map(Value::Instance)
        .collect()
}
