//! Generator objects: a suspended frame and its state; one dropped while
//! paused where a `finally` or `with` must still run is queued to be closed.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::engine::objects::class::Instance;
use crate::engine::objects::deferred;
use crate::engine::objects::object::Object;
use crate::engine::objects::str::PyStr;
use crate::engine::objects::tracked::Tracked;
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
    pub saved_handled: Cell<Option<Rc<Instance>>>,
    /// The exception its resumer was handling, given back when it yields.
    pub outer_handled: Cell<Option<Rc<Instance>>>,
    /// Set once it has been handed to the VM to close after its last
    /// reference went: dropping it again frees it without another close.
    pub finalized: Cell<bool>,
    /// Counts generators in creation order (CPython's collector meets them
    /// in about that order at exit).
    pub serial: u64,
}

impl GenObj {
    /// A generator, not started, that will run `frame`.
    pub fn new(frame: Frame, name: Rc<PyStr>, qualname: Rc<PyStr>) -> GenObj {
        GenObj {
            code: frame.code.clone(),
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            name,
            qualname,
            saved_handled: Cell::new(None),
            outer_handled: Cell::new(None),
            finalized: Cell::new(false),
            serial: {
                born();
                deferred::next_serial()
            },
        }
    }

    /// Whether closing it would run code of its own: it is paused inside a
    /// `try` or `with`.
    pub fn has_cleanup(&self) -> bool {
        self.state.get() == GenState::Suspended
            && self.frame.borrow().as_ref().is_some_and(paused_in_handler)
    }
}

/// Whether a suspended frame's `yield` lies inside a `try` or `with`.
/// Closing a generator paused outside any handler runs no code of its own
/// (GeneratorExit passes straight out).
fn paused_in_handler(frame: &Frame) -> bool {
    frame.code.handler_for(frame.ip.saturating_sub(1)).is_some()
}

thread_local! {
    /// Generator objects alive now (exit skips its search when there are none).
    static ALIVE: Cell<usize> = const { Cell::new(0) };
    /// Generators whose body has a `try` or `with`, for the cycle collector.
    static TRACKED: Tracked<Object> = const { Tracked::new() };
}

/// Records a new generator for the cycle collector.
pub fn track(g: &Rc<Object>) {
    let _ = TRACKED.try_with(|t| t.push(g));
}

/// The tracked generators still alive that are paused inside a `try` or
/// `with` and not yet closed.
pub fn with_cleanup() -> Vec<Rc<Object>> {
    TRACKED
        .with(Tracked::alive)
        .into_iter()
        .filter(
            |g| matches!(&**g, Object::Generator(gen) if !gen.finalized.get() && gen.has_cleanup()),
        )
        .collect()
}

/// Forgets the tracked generators (a new run starts clean).
pub fn reset() {
    TRACKED.with(Tracked::clear);
}

/// Counts a new generator object (every one is counted down in `Drop`).
fn born() {
    let _ = ALIVE.try_with(|a| a.set(a.get() + 1));
}

/// Whether any generator object is alive.
pub fn any_alive() -> bool {
    ALIVE.with(|a| a.get() > 0)
}

impl Drop for GenObj {
    fn drop(&mut self) {
        let _ = ALIVE.try_with(|a| a.set(a.get().saturating_sub(1)));
        if self.state.get() != GenState::Suspended || self.finalized.get() {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if !paused_in_handler(&frame) {
            return;
        }
        let orphan = GenObj {
            code: self.code.clone(),
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Suspended),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            saved_handled: Cell::new(self.saved_handled.take()),
            outer_handled: Cell::new(None),
            finalized: Cell::new(true),
            serial: self.serial,
        };
        born();
        // CPython closes it now, so its cleanup runs: the VM does, at the
        // next instruction boundary.
        deferred::push(deferred::Work::Close(orphan));
    }
}
