//! Methods of the built-in types, one file per type family.

use crate::engine::vm::Vm;

/// Installs every built-in type's methods.
pub fn install(vm: &Vm) {
    // Each type family registers its methods here, e.g. `str::install(vm);`.
    let _ = vm;
}
