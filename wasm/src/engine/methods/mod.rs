//! Methods of the built-in types, one file per type family.

mod check;
pub mod dict;
pub mod float;
mod float_hex;
pub mod int;
pub mod list;
pub mod misc;
pub mod set;
pub mod tuple;

use crate::engine::vm::Vm;

/// Installs every built-in type's methods.
pub fn install(vm: &Vm) {
    // Each type family registers its methods here, e.g. `str::install(vm);`.
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    int::install(vm);
    float::install(vm);
    misc::install(vm);
}
