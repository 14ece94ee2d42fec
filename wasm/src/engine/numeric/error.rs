//! The error every numeric operation reports: a Python exception class and CPython's message.

use thiserror::Error;

/// Which Python exception class a [`NumError`] is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumErrorKind {
    /// `ValueError`
    ValueError,
    /// `OverflowError`
    OverflowError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `TypeError`
    TypeError,
    /// `IndexError`
    IndexError,
    /// `MemoryError` (also used where this engine refuses a result too large for a browser).
    MemoryError,
}

impl NumErrorKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn class_name(self) -> &'static str {
        match self {
            NumErrorKind::ValueError => "ValueError",
            NumErrorKind::OverflowError => "OverflowError",
            NumErrorKind::ZeroDivisionError => "ZeroDivisionError",
            NumErrorKind::TypeError => "TypeError",
            NumErrorKind::IndexError => "IndexError",
            NumErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception raised by a numeric operation, worded exactly as CPython 3.11 words it.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("{}: {message}", kind.class_name())]
pub struct NumError {
    /// The exception class.
    pub kind: NumErrorKind,
    /// The message (`str(exc)` in Python).
    pub message: String,
}

impl NumError {
    /// An error of the given class.
    pub fn new(kind: NumErrorKind, message: impl Into<String>) -> Self {
        NumError {
            kind,
            message: message.into(),
        }
    }

    /// A `ValueError`.
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(NumErrorKind::ValueError, message)
    }

    /// An `OverflowError`.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(NumErrorKind::OverflowError, message)
    }

    /// A `ZeroDivisionError`.
    pub fn zero_division(message: impl Into<String>) -> Self {
        Self::new(NumErrorKind::ZeroDivisionError, message)
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(NumErrorKind::TypeError, message)
    }

    /// A `MemoryError` with CPython's empty message.
    pub fn memory() -> Self {
        Self::new(NumErrorKind::MemoryError, "")
    }
}

/// Shorthand for results of numeric operations.
pub type NumResult<T> = Result<T, NumError>;
