//! The `tuple` object.

use crate::engine::value::Value;

/// An immutable sequence.
pub struct PyTuple {
    items: Box<[Value]>,
}

impl PyTuple {
    /// A tuple of these items.
    pub fn new(items: Vec<Value>) -> PyTuple {
        crate::engine::heap::charge(items.len() * 16);
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }

    /// The items.
    pub fn items(&self) -> &[Value] {
        &self.items
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True for `()`.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Takes the items out (releasing their heap charge) so a deep nest can be
    /// freed without recursion.
    pub(crate) fn detach_items(&mut self) -> Vec<Value> {
        crate::engine::heap::release(self.items.len() * 16);
        std::mem::take(&mut self.items).into_vec()
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        let items = self.detach_items();
        super::drop_nested(items);
    }
}
