//! The flag that says an object's death left Python code to run.
//!
//! No Python code may run inside `Drop`, so a dying object that needs some
//! (a weak reference's callback, a paused generator's `finally`) queues it
//! with its own module and raises this flag; the VM checks it after every
//! instruction and runs what is queued there.

use std::cell::Cell;

thread_local! {
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Records that some queued work waits for the next instruction boundary.
pub fn mark() {
    PENDING.with(|p| p.set(true));
}

/// True when some queued work waits (checked at every instruction).
#[inline]
pub fn pending() -> bool {
    PENDING.with(Cell::get)
}

/// Clears the flag before the queues are drained.
pub fn clear() {
    PENDING.with(|p| p.set(false));
}
