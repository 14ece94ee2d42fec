//! The Python engine: source -> tokens -> AST -> bytecode -> VM.
//!
//! Plain Rust with no web types, so it runs natively (the `threadwise` command,
//! tests, benchmarks) and in the browser alike.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod display_width;
pub mod error;
pub mod flow;
pub mod heap;
pub mod highlight;
pub mod imports;
pub mod lexer;
pub mod literal;
pub mod methods;
pub mod modules;
pub mod nfkc;
pub mod numeric;
pub mod objects;
pub mod parser;
pub mod session;
pub mod source;
pub mod stdlib;
pub mod token;
pub mod trace;
pub mod value;
pub mod vm;

pub use session::{run, Outcome, RunResult, Session, Step};
pub use vm::RunConfig;
