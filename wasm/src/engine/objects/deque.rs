//! `collections.deque`: a double-ended queue with an optional maximum length.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::engine::objects::class::Class;
use crate::engine::value::Value;

/// A deque. Never hold a borrow of its items across a call into Python code.
pub struct DequeObj {
    /// Its class (`deque`, or the subclass it was created for).
    pub class: Rc<Class>,
    items: RefCell<VecDeque<Value>>,
    /// `maxlen`, set by `__init__`.
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every change, so iterators notice mutation.
    pub state: Cell<u64>,
    charged: Cell<usize>,
}

impl DequeObj {
    /// An empty deque of this class.
    pub fn new(class: Rc<Class>) -> DequeObj {
        DequeObj {
            class,
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
            charged: Cell::new(0),
        }
    }

    /// Shared access to the items.
    pub fn borrow(&self) -> Ref<'_, VecDeque<Value>> {
        self.items.borrow()
    }

    /// Exclusive access to the items; counts as a mutation.
    pub fn borrow_mut(&self) -> RefMut<'_, VecDeque<Value>> {
        self.state.set(self.state.get().wrapping_add(1));
        self.items.borrow_mut()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// A copy of the items (for work that may run Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// The item at an index, if in range.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Replaces the item at an index without counting as a mutation (iterators go on).
    pub fn set(&self, i: usize, v: Value) {
        if let Some(slot) = self.items.borrow_mut().get_mut(i) {
            *slot = v;
        }
    }

    /// Accounts for one more item about to be inserted.
    pub fn charge_item(&self) {
        self.charge(16);
    }

    /// Appends on the right, dropping from the left past `maxlen`.
    pub fn push_back(&self, v: Value) {
        let max = self.maxlen.get();
        if max == Some(0) {
            return;
        }
        let mut items = self.borrow_mut();
        if max.is_some_and(|m| items.len() >= m) {
            items.pop_front();
        } else {
            self.charge(16);
        }
        items.push_back(v);
    }

    /// Appends on the left, dropping from the right past `maxlen`.
    pub fn push_front(&self, v: Value) {
        let max = self.maxlen.get();
        if max == Some(0) {
            return;
        }
        let mut items = self.borrow_mut();
        if max.is_some_and(|m| items.len() >= m) {
            items.pop_back();
        } else {
            self.charge(16);
        }
        items.push_front(v);
    }

    /// Replaces the contents (keeping the last `maxlen` items).
    pub fn replace(&self, mut vs: Vec<Value>) {
        if let Some(m) = self.maxlen.get() {
            if vs.len() > m {
                vs.drain(..vs.len() - m);
            }
        }
        let new = vs.len() * 16;
        let old = self.charged.get();
        if new > old {
            self.charge(new - old);
        }
        *self.borrow_mut() = vs.into();
    }

    fn charge(&self, bytes: usize) {
        crate::engine::heap::charge(bytes);
        self.charged.set(self.charged.get() + bytes);
    }
}

impl Drop for DequeObj {
    fn drop(&mut self) {
        crate::engine::heap::release(self.charged.get());
    }
}
