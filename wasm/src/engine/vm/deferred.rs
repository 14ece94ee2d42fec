//! Runs, at an instruction boundary, the Python code that object deaths
//! queued (see `objects::deferred`): weak reference callbacks, and the
//! closing of generators dropped while paused inside a `try` or `with`.

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
                let g = Rc::new(Object::Generator(orphan));
                match crate::engine::methods::misc::gen_close(self, &g) {
                    Ok(()) => {}
                    Err(Flow::Exc(e)) => {
                        let what = self.repr(&Value::Object(g))?;
                        self.report_unraisable(&what, &e, &site)?;
                    }
                    Err(other) => return Err(other),
                }
            }
        }
        Ok(())
    }

    /// Writes "Exception ignored in: `what`" and the traceback to stderr;
    /// like CPython's default unraisable hook, without chained exceptions.
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
        let text = self.format_single(e);
        self.write_output(
            Stream::Stderr,
            &format!("Exception ignored in: {what}\n{text}"),
        )
    }
}
