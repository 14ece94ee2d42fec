//! `random.Random` instances: a Mersenne Twister and the cached second normal deviate.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::engine::numeric::mersenne::Mt19937;
use crate::engine::objects::class::Class;

/// A random number generator object.
pub struct RandomObj {
    /// Its class (`Random`, or the subclass it was created for).
    pub class: Rc<Class>,
    /// The generator.
    pub gen: RefCell<Mt19937>,
    /// `gauss()` makes two deviates at a time and keeps the second here.
    pub gauss_next: Cell<Option<f64>>,
}
