//! A list of weak references to objects of one kind, for the cycle
//! collector to start from (see `objects::cycles`); dead entries are pruned
//! as it grows, so its length stays within about twice the live ones.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// Weak references to tracked objects, oldest first.
pub struct Tracked<T> {
    items: RefCell<Vec<Weak<T>>>,
    /// Entries alive after the last pruning.
    kept: Cell<usize>,
}

impl<T> Tracked<T> {
    /// An empty list.
    pub const fn new() -> Tracked<T> {
        Tracked {
            items: RefCell::new(Vec::new()),
            kept: Cell::new(0),
        }
    }

    /// Adds `object`.
    pub fn push(&self, object: &Rc<T>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            if items.len() >= 2 * self.kept.get() + 64 {
                items.retain(|w| w.strong_count() > 0);
                self.kept.set(items.len());
            }
            items.push(Rc::downgrade(object));
        }
    }

    /// The tracked objects still alive, oldest first.
    pub fn alive(&self) -> Vec<Rc<T>> {
        let Ok(mut items) = self.items.try_borrow_mut() else {
            return Vec::new();
        };
        items.retain(|w| w.strong_count() > 0);
        self.kept.set(items.len());
        items.iter().filter_map(Weak::upgrade).collect()
    }

    /// Forgets every object.
    pub fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            items.clear();
        }
        self.kept.set(0);
    }
}

impl<T> Default for Tracked<T> {
    fn default() -> Tracked<T> {
        Tracked::new()
    }
}
