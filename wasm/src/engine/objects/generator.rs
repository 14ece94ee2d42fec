//! Generator objects: a suspended frame and its state.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::engine::objects::str::PyStr;
use crate::engine::vm::frame::Frame;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Created, not started.
    Created,
    /// Paused at a `yield`.
    Suspended,
    /// Executing now (re-entry is a ValueError).
    Running,
    /// Returned or raised.
    Finished,
}

/// A generator.
pub struct GenObj {
    /// The frame while suspended; taken out while running.
    pub frame: RefCell<Option<Frame>>,
    /// Its state.
    pub state: Cell<GenState>,
    /// `__name__`.
    pub name: Rc<PyStr>,
    /// `__qualname__`.
    pub qualname: Rc<PyStr>,
    /// `gi_code`.
    pub code: Rc<crate::engine::bytecode::Code>,
    /// The exception its body was handling when it last yielded (CPython's
    /// `gi_exc_state`), shown by `sys.exc_info()` again when it resumes.
    pub saved_handled: Cell<Option<Rc<crate::engine::objects::class::Instance>>>,
    /// The exception its resumer was handling, given back when it yields.
    pub outer_handled: Cell<Option<Rc<crate::engine::objects::class::Instance>>>,
}
