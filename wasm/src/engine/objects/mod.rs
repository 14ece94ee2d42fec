//! Object layouts, one file per family of built-in types.

pub mod class;
pub mod compare;
pub mod deque;
pub mod dict;
pub mod exception;
pub mod function;
pub mod generator;
pub mod iter;
pub mod list;
pub mod local;
pub mod module;
pub mod object;
pub mod random;
pub mod set;
pub mod str;
pub mod tuple;
pub mod weak;
