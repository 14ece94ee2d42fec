//! Methods of the built-in types, one file per type family.

mod check;
pub mod dict;
pub mod float;
mod float_hex;
pub mod function;
pub mod int;
pub mod list;
pub mod misc;
pub mod set;
pub mod tuple;

use crate::engine::vm::Vm;

pub mod bytes;
mod bytes_search;
#[rustfmt::skip]
mod codec_names;
pub mod codecs;
mod codecs_escape;
pub mod str;
pub mod str_case;
mod str_format;
mod str_search;
mod text_args;
#[rustfmt::skip]
mod unicode_props;

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
    self::str::install(vm);
    bytes::install(vm);
    function::install(vm);
}
