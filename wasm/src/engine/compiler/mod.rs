//! AST -> bytecode, following CPython 3.11's code generation so evaluation
//! order, side effects and errors happen in the same order.

pub mod builder;
mod codegen;
mod expr;
mod fold;
pub mod symtable;
mod warnings;

pub use warnings::CompileWarning;

use std::rc::Rc;

use crate::engine::ast::Module;
use crate::engine::bytecode::Code;
use crate::engine::error::CompileError;
use crate::engine::source::SourceMap;

/// Compiles a parsed module.
pub fn compile_module(
    module: &Module,
    source: Rc<SourceMap>,
    filename: &str,
) -> Result<Rc<Code>, CompileError> {
    compile(module, source, filename, false)
}

/// Compiles the engine's own Python code: hidden from tracebacks.
pub fn compile_synthetic(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let module = crate::engine::parser::parse_module(source)?;
    compile(&module, Rc::new(SourceMap::new(source)), filename, true)
}

/// Compiles a standard library module, hiding the functions whose qualified
/// name starts with one of `hidden_prefixes` (see `stdlib::hidden_prefixes`).
pub fn compile_library(
    source: &str,
    filename: &str,
    hidden_prefixes: &'static [&'static str],
) -> Result<Rc<Code>, CompileError> {
    let module = crate::engine::parser::parse_module(source)?;
    let table = symtable::analyse(&module)?;
    codegen::Compiler::new(&table, Rc::new(SourceMap::new(source)), filename)
        .hiding(hidden_prefixes)
        .compile_module(&module)
}

/// Parses and compiles source text.
pub fn compile_source(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    compile_main(source, filename).map(|(code, _)| code)
}

/// Parses and compiles a program's main file, with the SyntaxWarnings
/// CPython would print before running it.
pub fn compile_main(
    source: &str,
    filename: &str,
) -> Result<(Rc<Code>, Vec<CompileWarning>), CompileError> {
    let module = crate::engine::parser::parse_module(source)?;
    let table = symtable::analyse(&module)?;
    codegen::Compiler::new(&table, Rc::new(SourceMap::new(source)), filename)
        .compile_module_warned(&module)
}

fn compile(
    module: &Module,
    source: Rc<SourceMap>,
    filename: &str,
    synthetic: bool,
) -> Result<Rc<Code>, CompileError> {
    let table = symtable::analyse(module)?;
    let compiler = codegen::Compiler::new(&table, source, filename);
    let compiler = if synthetic {
        compiler.synthetic()
    } else {
        compiler
    };
    compiler.compile_module(module)
}
