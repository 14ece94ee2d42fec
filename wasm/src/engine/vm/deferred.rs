//! Runs, at an instruction boundary, the Python code that object deaths
//! queued (see `objects::deferred`): weak reference callbacks, the closing of
//! generators dropped while paused inside a `try` or `with`, and `__del__`.

use std::collections::VecDeque;
use std::rc::Rc;

use crate::engine::bytecode::Code;
use crate::engine::flow::{Flow, Halt, PyResult};
use crate::engine::objects::class::Instance;
use crate::engine::objects::deferred::{self, Work};
use crate::engine::objects::exception::TbEntry;
use crate::engine::objects::object::Object;
use crate::engine::objects::{cycles, finalizer, generator};
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
        self.run_work(site, false)
    }

    /// [`Vm::run_deferred`] while the namespace is freed at exit: CPython's
    /// collector frees the weak references in it with their referents, and
    /// a reference freed so calls no callback; generators still close and
    /// `__del__` still runs.
    pub fn run_deferred_at_exit(&mut self) -> PyResult<()> {
        self.run_work(None, true)
    }

    /// Runs the queue depth first: what one piece of work frees runs before
    /// the next queued piece, as CPython runs it the moment it is freed.
    /// `at_exit` drops the callbacks already queued (see `run_deferred_at_exit`).
    fn run_work(&mut self, site: Site, at_exit: bool) -> PyResult<()> {
        let mut todo: VecDeque<Work> = deferred::take().into();
        if at_exit {
            todo.retain(|w| !matches!(w, Work::Callback(_)));
        }
        while let Some(work) = todo.pop_front() {
            match work {
                Work::Callback(r) => crate::engine::modules::weakref::run_callback(self, r, &site)?,
                Work::Close(g) => self.close_reporting(Rc::new(Object::Generator(g)), &site)?,
                Work::Finalize(inst) => self.finalize_reporting(inst, &site)?,
            }
            for later in deferred::take().into_iter().rev() {
                todo.push_front(later);
            }
        }
        Ok(())
    }

    /// Closes a generator; an error from its cleanup is reported, not raised.
    fn close_reporting(&mut self, g: Rc<Object>, site: &Site) -> PyResult<()> {
        match crate::engine::methods::misc::gen_close(self, &g) {
            Ok(()) => Ok(()),
            Err(Flow::Exc(e)) => {
                let what = self.repr(&Value::Object(g))?;
                self.report_unraisable(Some(&what), &e, site)
            }
            Err(other) => Err(other),
        }
    }

    /// Runs the finalizer of an object that is still referenced (exit, or
    /// the cycle collector, found it): an instance's `__del__` or a paused
    /// generator's cleanup; errors are reported.
    pub fn finalize_value(&mut self, v: Value) -> PyResult<()> {
        match v {
            Value::Instance(i) => self.finalize_reporting(i, &None),
            Value::Object(g) => self.close_reporting(g, &None),
            _ => Ok(()),
        }
    }

    /// Calls an instance's `__del__` (once: it is marked done first); an
    /// error is reported, not raised, naming the method as CPython does.
    fn finalize_reporting(&mut self, inst: Rc<Instance>, site: &Site) -> PyResult<()> {
        inst.finalizer.set(finalizer::DONE);
        let Some(del) = inst.class().lookup_str("__del__") else {
            return Ok(());
        };
        // Functions (and other descriptors) bind the instance; any other
        // callable stored as `__del__` is called as it is, as in CPython.
        let result = match &del {
            Value::Function(_) | Value::Object(_) => {
                self.call_method_on(&del, &Value::Instance(inst), &[])
            }
            _ => self.call(&del, &[]),
        };
        match result {
            Err(Flow::Exc(e)) => {
                let what = if del.is_none() {
                    None
                } else {
                    Some(self.repr(&del)?)
                };
                self.report_unraisable(what.as_deref(), &e, site)
            }
            other => other.map(drop),
        }
    }

    /// Writes "Exception ignored in: `what`" and the traceback to stderr, as
    /// CPython's default unraisable hook does: no chained exceptions, and no
    /// header when the object is None (`what` is then None).
    pub fn report_unraisable(
        &mut self,
        what: Option<&str>,
        e: &Rc<Instance>,
        site: &Site,
    ) -> PyResult<()> {
        // A hook the program installed is never called: stop rather than
        // print what the program asked not to see.
        if crate::engine::modules::sys::sys_attr(self, "unraisablehook").is_some() {
            return Err(Flow::Halt(Halt::Limitation(format!(
                "sys.unraisablehook is not supported in this playground yet: the \
                 program set one, and an exception in {} was to be passed to it",
                what.unwrap_or("None")
            ))));
        }
        if let (Some((code, ip)), Some(data)) = (site, e.exc()) {
            let mut data = data.borrow_mut();
            if data.traceback.is_empty() {
                data.traceback.push(TbEntry::new(code.clone(), *ip));
            }
        }
        // The hook's last line is always `Type: str`, even when str is
        // empty, and carries no notes or suggestions.
        let name = self.exc_type_name(&e.class());
        let msg = self
            .str_of(&Value::Instance(e.clone()))
            .unwrap_or_else(|_| "<exception str() failed>".to_string());
        let text = self.format_traceback_part(e);
        let header = what.map_or(String::new(), |w| format!("Exception ignored in: {w}\n"));
        self.write_output(Stream::Stderr, &format!("{header}{text}{name}: {msg}\n"))
    }

    /// Finalizes what `roots` hold (as far as the cycle collector's walk
    /// reaches) and what only garbage cycles hold: paused generators with cleanup are closed and
    /// instances with `__del__` have it called, oldest first, while all they
    /// may use is still bound. The program's functions tie its namespace into
    /// a cycle, so CPython's collector does this at exit before it clears
    /// anything.
    pub fn finalize_reachable(&mut self, roots: Vec<Value>) -> PyResult<()> {
        if !generator::any_alive() && !finalizer::any_defined() {
            return Ok(());
        }
        // Objects with finalizers in cycles nothing reaches are garbage in
        // the same collection, so the walk starts from them too.
        let starts = roots
            .into_iter()
            .chain(finalizer::tracked().into_iter().map(Value::Instance))
            .chain(generator::with_cleanup().into_iter().map(Value::Object))
            .collect();
        let mut found: Vec<(u64, Value)> = cycles::reachable(starts)
            .into_iter()
            .filter_map(|v| Some((finalizer::pending_serial(&v)?, v)))
            .collect();
        found.sort_by_key(|(serial, _)| *serial);
        for (_, v) in found {
            self.finalize_value(v)?;
            self.run_deferred_at_exit()?;
        }
        Ok(())
    }
}
