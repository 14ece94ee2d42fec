//! Module objects.

use std::rc::Rc;

use crate::engine::objects::dict::PyDict;

/// A module: a name and a namespace.
pub struct Module {
    /// `__name__` at creation.
    pub name: String,
    /// The module namespace (its globals).
    pub dict: Rc<PyDict>,
}

impl Module {
    /// A module with an existing namespace.
    pub fn new(name: &str, dict: Rc<PyDict>) -> Module {
        Module {
            name: name.to_string(),
            dict,
        }
    }
}
