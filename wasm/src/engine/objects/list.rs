//! The `list` object.

use std::cell::{Cell, Ref, RefCell, RefMut};

use crate::engine::value::Value;

/// A mutable sequence. Never hold a borrow across a call into Python code.
pub struct PyList {
    items: RefCell<Vec<Value>>,
    /// Bytes charged to the heap account, released on drop.
    charged: Cell<usize>,
}

impl PyList {
    /// A list of these items.
    pub fn new(items: Vec<Value>) -> PyList {
        let bytes = items.len() * 16;
        crate::engine::heap::charge(bytes);
        PyList {
            items: RefCell::new(items),
            charged: Cell::new(bytes),
        }
    }

    /// Shared access to the items.
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    /// Exclusive access to the items.
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.items.borrow_mut()
    }

    /// Shared access to the items, unless they are being changed.
    pub fn try_borrow(&self) -> Option<Ref<'_, Vec<Value>>> {
        self.items.try_borrow().ok()
    }

    /// Takes every item out, unless the items are in use.
    pub fn try_take_items(&self) -> Option<Vec<Value>> {
        let mut items = self.items.try_borrow_mut().ok()?;
        Some(std::mem::take(&mut *items))
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// A copy of the items (for iterating while Python code may run).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }

    /// The item at an index, if in range.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Appends one item.
    pub fn push(&self, v: Value) {
        self.charge(16);
        self.items.borrow_mut().push(v);
    }

    /// Appends many items.
    pub fn extend(&self, vs: Vec<Value>) {
        self.charge(vs.len() * 16);
        self.items.borrow_mut().extend(vs);
    }

    /// Replaces the contents.
    pub fn replace(&self, vs: Vec<Value>) -> Vec<Value> {
        let new = vs.len() * 16;
        let old = self.charged.get();
        if new > old {
            self.charge(new - old);
        }
        std::mem::replace(&mut *self.items.borrow_mut(), vs)
    }

    fn charge(&self, bytes: usize) {
        crate::engine::heap::charge(bytes);
        self.charged.set(self.charged.get() + bytes);
    }

    /// Takes the items out so a deep nest can be freed without recursion.
    pub(crate) fn detach_items(&mut self) -> Vec<Value> {
        std::mem::take(self.items.get_mut())
    }
}

/// Frees items a list let go of, last first, as CPython's `list.clear()` and
/// slice assignment do: objects with cleanup (paused generators) run it in
/// that order.
pub fn free_back_to_front(mut items: Vec<Value>) {
    while let Some(item) = items.pop() {
        drop(item);
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        crate::engine::heap::release(self.charged.get());
        let items = self.detach_items();
        super::drop_nested(items);
    }
}
