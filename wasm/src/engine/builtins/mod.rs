//! The `builtins` namespace and the methods of the built-in types.

pub mod args;
pub mod clinic;
pub mod constructors;
pub mod functions;
pub mod generic_alias;
pub mod layout;
pub mod object;
pub mod sort;
pub mod union;

use std::rc::Rc;

use crate::engine::objects::dict::PyDict;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// Fills the built-in classes' namespaces (once per engine).
pub fn install_types(vm: &Vm) {
    object::install(vm);
    constructors::install(vm);
    crate::engine::methods::install(vm);
    generic_alias::install(vm);
}

/// A fresh `builtins` namespace for a process.
pub fn namespace(vm: &Vm) -> Rc<PyDict> {
    let d = PyDict::new_rc();
    functions::install(&d);
    let t = &vm.types;
    let classes = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ];
    for (name, c) in classes {
        d.set_by_str(name, Value::Class(c.clone()));
    }
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        d.set_by_str(name, Value::Class(t.iterator(name)));
    }
    for (name, c) in &t.exception_names {
        d.set_by_str(name, Value::Class(c.clone()));
    }
    d.set_by_str(
        "EnvironmentError",
        d.get_by_str("OSError").unwrap_or(Value::None),
    );
    d.set_by_str("IOError", d.get_by_str("OSError").unwrap_or(Value::None));
    d.set_by_str("Ellipsis", Value::Ellipsis);
    // Keywords in source, but names in `builtins` too (NameError suggestions use them).
    d.set_by_str("False", Value::Bool(false));
    d.set_by_str("True", Value::Bool(true));
    d.set_by_str("None", Value::None);
    d.set_by_str("NotImplemented", Value::NotImplemented);
    d.set_by_str("__debug__", Value::Bool(true));
    d.set_by_str("__name__", Value::str("builtins"));
    d
}
