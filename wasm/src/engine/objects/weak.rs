//! Which weak references point at which objects, so `weakref.ref(obj)` can be
//! reused and counted, and so a referent's death can queue the callbacks of
//! the references to it.
//!
//! Objects are freed by reference counting, as in CPython, the moment their
//! last strong reference goes (cycles are never freed). The `Drop` of an
//! instance calls [`dropped`], which moves the instance's weak references that
//! have callbacks to a queue; the VM runs the queued callbacks at the next
//! instruction boundary (never inside `Drop`, where no Python code may run).
//! Only instances of classes report their death; references to other kinds
//! are still counted and reused here, but cannot take callbacks.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::engine::objects::class::Instance;
use crate::engine::objects::deferred;
use crate::engine::objects::object::{Object, WeakTarget};
use crate::engine::value::Value;

thread_local! {
    /// Referent address -> the weak reference objects pointing at it.
    static WATCHED: RefCell<HashMap<usize, Vec<Weak<Object>>>> = RefCell::new(HashMap::new());
    /// True while `WATCHED` may hold entries (keeps `dropped` cheap otherwise).
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Records that `weakref` points at the object at `addr`.
pub fn watch(addr: usize, weakref: &Rc<Object>) {
    WATCHED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.entry(addr).or_default().push(Rc::downgrade(weakref));
            WATCHING.with(|w| w.set(true));
        }
    });
}

/// The live weak reference objects pointing at the object at `addr`, oldest first.
pub fn refs_to(addr: usize) -> Vec<Rc<Object>> {
    WATCHED.with(|m| {
        let Ok(mut m) = m.try_borrow_mut() else {
            return Vec::new();
        };
        let Some(list) = m.get_mut(&addr) else {
            return Vec::new();
        };
        list.retain(|w| w.strong_count() > 0);
        let live: Vec<Rc<Object>> = list.iter().filter_map(Weak::upgrade).collect();
        if list.is_empty() {
            m.remove(&addr);
        }
        live
    })
}

/// Called when the object at `addr` is freed: queues its references' callbacks.
pub fn dropped(addr: usize) {
    if let Some(refs) = take_refs(addr) {
        queue_callbacks(&refs, &|_| false);
    }
}

/// Stops watching the object at `addr`, handing back its references.
fn take_refs(addr: usize) -> Option<Vec<Weak<Object>>> {
    if !WATCHING.with(Cell::get) {
        return None;
    }
    WATCHED.with(|m| {
        let mut m = m.try_borrow_mut().ok()?;
        let r = m.remove(&addr);
        if m.is_empty() {
            WATCHING.with(|w| w.set(false));
        }
        r
    })
}

/// Points each of `refs` that targets an instance at `to`.
fn retarget(refs: &[Weak<Object>], to: &Weak<Instance>) {
    for r in refs.iter().filter_map(Weak::upgrade) {
        if let Object::WeakRef {
            target: WeakTarget::Instance(w),
            ..
        } = &*r
        {
            *w.borrow_mut() = to.clone();
        }
    }
}

/// Queues the callbacks of `refs`, whose referent died, except those of
/// references `skip` picks; CPython calls the newest reference's first.
fn queue_callbacks(refs: &[Weak<Object>], skip: &dyn Fn(&Rc<Object>) -> bool) {
    for r in refs.iter().rev().filter_map(Weak::upgrade) {
        if matches!(&*r, Object::WeakRef { callback, .. } if !callback.is_none()) && !skip(&r) {
            deferred::push(deferred::Work::Callback(r));
        }
    }
}

/// The instances that weak references point at (the cycle collector starts
/// from them: a reference to an object in a garbage cycle must die with it).
pub fn watched_instances() -> Vec<Rc<Instance>> {
    if !WATCHING.with(Cell::get) {
        return Vec::new();
    }
    WATCHED.with(|m| {
        let Ok(m) = m.try_borrow() else {
            return Vec::new();
        };
        m.values()
            .filter_map(|refs| {
                refs.iter()
                    .filter_map(Weak::upgrade)
                    .find_map(|r| match &*r {
                        Object::WeakRef {
                            target: WeakTarget::Instance(w),
                            ..
                        } => w.borrow().upgrade(),
                        _ => None,
                    })
            })
            .collect()
    })
}

/// Clears the weak references to `inst`, which the cycle collector found
/// to be garbage, and queues their callbacks, as if it had died: CPython
/// does this before it calls the garbage's `__del__` methods. A reference
/// that is garbage itself (`in_garbage`) calls no callback.
pub fn clear_refs(inst: &Instance, in_garbage: &dyn Fn(&Rc<Object>) -> bool) {
    if let Some(refs) = take_refs(inst as *const Instance as usize) {
        retarget(&refs, &Weak::new());
        queue_callbacks(&refs, in_garbage);
    }
}

/// Points the weak references to the instance that was at `old` at `new`,
/// its resurrected self (an instance whose `__del__` is about to run: CPython
/// keeps the same object, whose weak references still reach it then).
pub fn moved(old: usize, new: &Rc<Instance>) {
    let Some(refs) = take_refs(old) else { return };
    retarget(&refs, &Rc::downgrade(new));
    WATCHED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.insert(Rc::as_ptr(new) as usize, refs);
            WATCHING.with(|w| w.set(true));
        }
    });
}

/// The callback of a weak reference object.
pub fn callback_of(o: &Object) -> Value {
    match o {
        Object::WeakRef { callback, .. } => callback.clone(),
        _ => Value::None,
    }
}

/// Forgets every watched object (a new run starts clean).
pub fn reset() {
    WATCHED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.clear();
        }
    });
    WATCHING.with(|w| w.set(false));
}
