//! Instances whose class defines `__del__`.
//!
//! CPython calls `__del__` the moment an instance's last reference goes, on
//! the same object, before its weak references' callbacks run, and only once
//! (PEP 442), even when `__del__` stores `self` somewhere. An instance's
//! `Drop` can neither run Python code nor keep the object, so it moves the
//! contents into a new instance, points the weak references at that one, and
//! queues it; the VM calls `__del__` at the next instruction boundary and
//! then lets it go (see `vm::deferred`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::engine::objects::class::{Class, Instance, Payload};
use crate::engine::objects::deferred::{self, Work};
use crate::engine::objects::object::Object;
use crate::engine::objects::tracked::Tracked;
use crate::engine::objects::weak;
use crate::engine::value::Value;

/// `Instance::finalizer` once `__del__` has run or is queued to: never again.
/// Other values are 0 (made while its class had no `__del__`) or the
/// instance's place in creation order.
pub const DONE: u64 = u64::MAX;

thread_local! {
    /// Set once any class of this run has a `__del__` (exit's search for
    /// objects to finalize is skipped until then).
    static DEFINED: Cell<bool> = const { Cell::new(false) };
    /// Set once `__del__` is added to a class that already exists: its
    /// subclasses' flags are stale from then on, so the MRO is searched.
    static LATE: Cell<bool> = const { Cell::new(false) };
    /// Instances made with a `__del__` to run, for the cycle collector.
    static TRACKED: Tracked<Instance> = const { Tracked::new() };
}

/// Whether instances of `class` have a `__del__` to run.
pub fn has_finalizer(class: &Class) -> bool {
    class.finalizer.get() || (LATE.with(Cell::get) && class.mro.iter().any(|c| c.finalizer.get()))
}

/// The `Instance::finalizer` value a new instance of `class` starts with.
pub fn birth(class: &Class) -> u64 {
    if has_finalizer(class) {
        deferred::next_serial()
    } else {
        0
    }
}

/// Records that `class` has a `__del__`: `late` when it gained it after it
/// was made (by assignment).
pub fn define(class: &Class, late: bool) {
    class.finalizer.set(true);
    DEFINED.with(|d| d.set(true));
    if late {
        LATE.with(|l| l.set(true));
    }
}

/// Whether any class of this run has had a `__del__`.
pub fn any_defined() -> bool {
    DEFINED.with(Cell::get)
}

/// Whether `inst`'s `__del__` has yet to run.
pub fn pending(inst: &Instance) -> bool {
    inst.finalizer.get() != DONE && inst.class.try_borrow().is_ok_and(|c| has_finalizer(&c))
}

/// The creation-order place of `v` when it still has a finalizer to run: an
/// instance whose `__del__` has not run, or a generator paused inside a
/// `try` or `with`.
pub fn pending_serial(v: &Value) -> Option<u64> {
    match v {
        Value::Instance(i) if pending(i) => Some(i.finalizer.get()),
        Value::Object(o) => match &**o {
            Object::Generator(g) if g.has_cleanup() => Some(g.serial),
            _ => None,
        },
        _ => None,
    }
}

/// Called by a dying instance: when its `__del__` has yet to run, moves it
/// into a new instance queued for the call and returns true.
pub fn resurrect(dying: &mut Instance) -> bool {
    if !pending(dying) {
        return false;
    }
    let Ok(class) = dying.class.try_borrow().map(|c| c.clone()) else {
        return false;
    };
    crate::engine::heap::charge(64);
    // Marked done already: if the queue is gone (thread teardown) or a new
    // run clears it, the instance is only freed.
    let alive = Rc::new(Instance {
        class: RefCell::new(class),
        dict: dying.dict.take(),
        slots: RefCell::new(std::mem::take(dying.slots.get_mut())),
        payload: std::mem::replace(&mut dying.payload, Payload::None),
        finalizer: Cell::new(DONE),
    });
    weak::moved(dying as *const Instance as usize, &alive);
    deferred::push(Work::Finalize(alive));
    true
}

/// Wraps a new instance, tracking it when its class has a `__del__`.
#[inline]
pub fn track(inst: Instance) -> Rc<Instance> {
    let inst = Rc::new(inst);
    if inst.finalizer.get() != 0 {
        register(&inst);
    }
    inst
}

/// Adds an instance with a `__del__` to the cycle collector's list.
#[cold]
#[inline(never)]
fn register(inst: &Rc<Instance>) {
    let _ = TRACKED.try_with(|t| t.push(inst));
}

/// The tracked instances still alive, oldest first.
pub fn tracked() -> Vec<Rc<Instance>> {
    TRACKED.with(Tracked::alive)
}

/// Forgets the classes of the last run (a new run starts clean).
pub fn reset() {
    TRACKED.with(Tracked::clear);
    DEFINED.with(|d| d.set(false));
    LATE.with(|l| l.set(false));
}
