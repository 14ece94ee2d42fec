//! Runs, at an instruction boundary, the Python code that object deaths
//! queued (see `objects::deferred`): weak reference callbacks, and the
//! closing of generators dropped while paused inside a `try` or `with`.

use std::collections::HashSet;
use std::rc::Rc;

use crate::engine::bytecode::Code;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::Instance;
use crate::engine::objects::exception::TbEntry;
use crate::engine::objects::object::Object;
use crate::engine::objects::{deferred, generator};
use crate::engine::trace::Stream;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// The instruction running when the work became due: CPython's report of an
/// error with no traceback of its own shows this frame.
pub type Site = Option<(Rc<Code>, u32)>;

impl Vm {
    /// Runs what object deaths left to do; errors are reported, as CPython's
    /// "Exception ignored in" does, and never raised here.
    pub fn run_deferred(&mut self, site: Site) -> PyResult<()> {
        while deferred::pending() {
            deferred::clear();
            crate::engine::modules::weakref::run_pending_callbacks(self, &site)?;
            for orphan in generator::take_orphans() {
                self.close_reporting(Rc::new(Object::Generator(orphan)), &site)?;
            }
        }
        Ok(())
    }

    /// [`Vm::run_deferred`] while the namespace is freed at exit: CPython's
    /// collector frees the weak references in it with their referents, and
    /// a reference freed so calls no callback; paused generators still close.
    pub fn run_deferred_at_exit(&mut self) -> PyResult<()> {
        drop(crate::engine::objects::weak::take_died());
        self.run_deferred(None)
    }

    /// Closes a generator; an error from its cleanup is reported, not raised.
    fn close_reporting(&mut self, g: Rc<Object>, site: &Site) -> PyResult<()> {
        match crate::engine::methods::misc::gen_close(self, &g) {
            Ok(()) => Ok(()),
            Err(Flow::Exc(e)) => {
                let what = self.repr(&Value::Object(g))?;
                self.report_unraisable(&what, &e, site)
            }
            Err(other) => Err(other),
        }
    }

    /// Writes "Exception ignored in: `what`" and the traceback to stderr, as
    /// CPython's default unraisable hook does: no chained exceptions.
    pub fn report_unraisable(&mut self, what: &str, e: &Rc<Instance>, site: &Site) -> PyResult<()> {
        if let (Some((code, ip)), Some(data)) = (site, e.exc()) {
            let mut data = data.borrow_mut();
            if data.traceback.is_empty() {
                data.traceback.push(TbEntry {
                    code: code.clone(),
                    ip: *ip,
                });
            }
        }
        // The hook's last line is always `Type: str`, even when str is
        // empty, and carries no notes or suggestions.
        let name = self.exc_type_name(&e.class());
        let msg = self
            .str_of(&Value::Instance(e.clone()))
            .unwrap_or_else(|_| "<exception str() failed>".to_string());
        let text = self.format_traceback_part(e);
        self.write_output(
            Stream::Stderr,
            &format!("Exception ignored in: {what}\n{text}{name}: {msg}\n"),
        )
    }

    /// Closes the paused generators with cleanup that `roots` hold (through
    /// lists, tuples, dicts, instances and other generators' frames), oldest
    /// first, while everything they may use is still bound: CPython's
    /// collector finalizes such generators at exit before it clears anything.
    pub fn close_generators_in(&mut self, roots: Vec<Value>) -> PyResult<()> {
        if !generator::any_alive() {
            return Ok(());
        }
        let mut seen: HashSet<usize> = HashSet::new();
        let mut found: Vec<Rc<Object>> = Vec::new();
        // Only values that can lead to a generator are queued.
        let holds = |v: &&Value| {
            matches!(
                v,
                Value::List(_)
                    | Value::Tuple(_)
                    | Value::Dict(_)
                    | Value::Instance(_)
                    | Value::Object(_)
            )
        };
        let mut todo: Vec<Value> = roots.iter().filter(holds).cloned().collect();
        while let Some(v) = todo.pop() {
            match &v {
                Value::List(l) if seen.insert(Rc::as_ptr(l) as usize) => {
                    todo.extend(l.borrow().iter().filter(holds).cloned());
                }
                Value::Tuple(t) if seen.insert(Rc::as_ptr(t) as usize) => {
                    todo.extend(t.items().iter().filter(holds).cloned());
                }
                Value::Dict(d) if seen.insert(Rc::as_ptr(d) as usize) => {
                    todo.extend(d.values().iter().filter(holds).cloned());
                }
                Value::Instance(i) if seen.insert(Rc::as_ptr(i) as usize) => {
                    if let Some(d) = &i.dict {
                        todo.extend(d.values().iter().filter(holds).cloned());
                    }
                }
                Value::Object(o) if seen.insert(Rc::as_ptr(o) as usize) => {
                    if let Object::Generator(g) = &**o {
                        if let Some(f) = g.frame.borrow().as_ref() {
                            todo.extend(f.fast.iter().filter(holds).cloned());
                        }
                        if g.has_cleanup() {
                            found.push(o.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        found.sort_by_key(|o| match &**o {
            Object::Generator(g) => g.serial,
            _ => u64::MAX,
        });
        for g in found {
            self.close_reporting(g, &None)?;
            self.run_deferred_at_exit()?;
        }
        Ok(())
    }
}
