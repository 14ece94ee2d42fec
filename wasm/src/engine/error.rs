//! Errors found before a program runs: syntax errors and unsupported features.

use super::ast::Span;
use thiserror::Error;

/// Which Python exception class a compile-time error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax error with CPython's message and the span its caret marks.
#[derive(Clone, Debug, Error, PartialEq)]
#[error("{}: {msg}", kind.class_name())]
pub struct SyntaxError {
    /// The exception class.
    pub kind: SyntaxErrorKind,
    /// CPython's message, e.g. `'(' was never closed`.
    pub msg: String,
    /// What the caret line marks (`^` from start to end; an empty span is one caret).
    pub span: Span,
}

/// Anything that stops a module from compiling.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum CompileError {
    /// The source is not valid Python.
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
    /// Valid Python that this engine does not run yet.
    #[error("NotImplementedError: {feature} is not supported in this playground yet")]
    Unsupported {
        /// What is unsupported, e.g. "the match statement".
        feature: String,
        /// Where it is used.
        span: Span,
    },
    /// Nesting deeper than the compiler can take; CPython raises RecursionError.
    #[error("RecursionError: maximum recursion depth exceeded during compilation")]
    TooDeep {
        /// Where the nesting went too deep.
        span: Span,
    },
}

/// The caret line CPython prints under a SyntaxError's source line: `start`
/// is the 0-based character column in the line as written, `indent` the
/// indentation the printed line drops. None when the caret would point into
/// that indentation ("unexpected indent", TabError), where CPython draws none.
pub fn syntax_caret_row(start: usize, indent: usize, width: usize) -> Option<String> {
    let pad = start.checked_sub(indent)?;
    Some(format!(
        "    {}{}\n",
        " ".repeat(pad),
        "^".repeat(width.max(1))
    ))
}
