//! The Python engine: source -> tokens -> AST -> bytecode -> VM.
//!
//! Plain Rust with no web types, so it runs natively (the `threadwise` command,
//! tests, benchmarks) and in the browser alike.

pub mod ast;
pub mod error;
pub mod highlight;
pub mod lexer;
pub mod literal;
pub mod nfkc;
pub mod parser;
pub mod source;
pub mod token;
