//! The numeric layer: Python's int, float and str-formatting semantics as plain
//! functions over [`Int`], `f64` and `&str`, independent of the VM's value type.
//!
//! Every behaviour and message follows CPython 3.11; the tests under
//! `wasm/tests/numeric/` compare against tables printed by `python3`.

pub mod error;
mod float_bits;
pub mod float_ops;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod int;
pub mod int_ops;
pub mod int_text;
pub mod mersenne;
pub mod parse;
pub mod printf;
pub mod random_algos;
pub mod str_repr;
#[rustfmt::skip] // generated: kept byte-identical to its generator's output
pub(crate) mod unicode_tables;

pub use error::{NumError, NumErrorKind, NumResult};
pub use int::Int;
