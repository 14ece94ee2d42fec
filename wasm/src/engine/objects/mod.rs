//! Object layouts, one file per family of built-in types.

pub mod class;
pub mod compare;
pub mod cycles;
pub mod deferred;
pub mod deque;
pub mod dict;
pub mod exception;
pub mod finalizer;
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
pub mod tracked;
pub mod tuple;
pub mod weak;

use std::rc::Rc;

use crate::engine::value::Value;

/// Frees `items` with a loop instead of recursion: a list nested 300,000 deep
/// (`a = [a]` in a loop) would otherwise overflow the wasm stack when dropped.
/// Lists and tuples owned only here are opened up and their items queued.
pub(crate) fn drop_nested(mut queue: Vec<Value>) {
    while let Some(v) = queue.pop() {
        match v {
            Value::List(rc) => {
                if let Ok(mut list) = Rc::try_unwrap(rc) {
                    queue.extend(list.detach_items());
                }
            }
            Value::Tuple(rc) => {
                if let Ok(mut tuple) = Rc::try_unwrap(rc) {
                    queue.extend(tuple.detach_items());
                }
            }
            other => drop(other),
        }
    }
}
