//! Tests of the numeric layer against tables printed by CPython 3.11.

mod common;
mod fixtures_live;
mod float_ops;
mod format;
mod int_ops;
mod parse;
mod printf;
mod random;
