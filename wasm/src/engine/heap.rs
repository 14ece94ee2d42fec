//! Approximate accounting of the bytes a program holds, for the MemoryError cap.
//!
//! Containers charge what they allocate and release it when dropped. The count
//! is per OS thread, because one engine never spans OS threads.

use std::cell::Cell;

thread_local! {
    static USED: Cell<usize> = const { Cell::new(0) };
    static LIMIT: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// Records `bytes` newly held.
pub fn charge(bytes: usize) {
    USED.with(|u| u.set(u.get().saturating_add(bytes)));
}

/// Records `bytes` given back.
pub fn release(bytes: usize) {
    USED.with(|u| u.set(u.get().saturating_sub(bytes)));
}

/// Bytes currently held.
pub fn used() -> usize {
    USED.with(|u| u.get())
}

/// True when the program holds more than its cap.
pub fn over_limit() -> bool {
    used() > LIMIT.with(|l| l.get())
}

/// Would holding `extra` more bytes exceed the cap?
pub fn would_exceed(extra: usize) -> bool {
    used().saturating_add(extra) > LIMIT.with(|l| l.get())
}

/// Sets the cap (bytes) for programs run on this OS thread.
pub fn set_limit(limit: usize) {
    LIMIT.with(|l| l.set(limit));
}
