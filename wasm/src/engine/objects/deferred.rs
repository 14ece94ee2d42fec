//! The queue of Python code that object deaths left to run.
//!
//! No Python code may run inside `Drop`, so a dying object that needs some
//! (a weak reference's callback, a paused generator's `finally`, a `__del__`
//! method) queues it here and raises a flag; the VM checks the flag after
//! every instruction and runs the queue there (see `vm::deferred`), in the
//! order the deaths happened.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::engine::objects::class::Instance;
use crate::engine::objects::generator::GenObj;
use crate::engine::objects::object::Object;

/// One piece of work a death left.
pub enum Work {
    /// Call this weak reference's callback: its referent died.
    Callback(Rc<Object>),
    /// Close this generator: it was dropped while paused inside a `try` or `with`.
    Close(GenObj),
    /// Call this instance's `__del__`: it is kept alive for the call.
    Finalize(Rc<Instance>),
}

thread_local! {
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static QUEUE: RefCell<Vec<Work>> = const { RefCell::new(Vec::new()) };
    /// Counts generators and instances with finalizers in creation order
    /// (CPython's collector meets them in about that order at exit).
    static NEXT_SERIAL: Cell<u64> = const { Cell::new(1) };
}

/// Queues `work` for the next instruction boundary. During thread teardown
/// the queue may be gone: then the work is dropped, and its object freed.
pub fn push(work: Work) {
    let _ = QUEUE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push(work);
            PENDING.with(|p| p.set(true));
        }
    });
}

/// True when some queued work waits (checked at every instruction).
#[inline]
pub fn pending() -> bool {
    PENDING.with(Cell::get)
}

/// Takes the queued work, oldest first, and lowers the flag.
pub fn take() -> Vec<Work> {
    let _ = PENDING.try_with(|p| p.set(false));
    QUEUE
        .try_with(|q| q.try_borrow_mut().map(|mut q| std::mem::take(&mut *q)))
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default()
}

/// Drops queued work without running it (a new run starts clean).
pub fn reset() {
    // Dropping some may queue more; each object is queued at most once
    // (generators and instances are marked finalized), so this ends.
    loop {
        let work = take();
        if work.is_empty() {
            return;
        }
        drop(work);
    }
}

/// A number later than every one handed out before (never 0).
pub fn next_serial() -> u64 {
    NEXT_SERIAL
        .try_with(|n| {
            let serial = n.get();
            n.set(serial + 1);
            serial
        })
        .unwrap_or(u64::MAX)
}
