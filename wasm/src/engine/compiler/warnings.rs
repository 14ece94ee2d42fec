//! CPython's compile-time SyntaxWarnings for likely mistakes: `x is 1`
//! (identity with a literal) and `1 (2)` (calling a literal, a missing
//! comma). The program still runs; the warnings go to stderr first.

use super::fold::fold_value;
use crate::engine::ast::{CmpOp, Constant, Expr, ExprKind};
use crate::engine::value::Value;

/// A warning found while compiling.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileWarning {
    /// The line it is about.
    pub line: u32,
    /// The text after `SyntaxWarning: `.
    pub message: String,
}

/// Whether `e` is a literal `is` should not be used with: any constant
/// (after folding, so `-1` and `(1, 2)` count) but None, True, False and `...`.
fn is_literal(e: &Expr) -> bool {
    !matches!(
        fold_value(e),
        None | Some(Value::None | Value::Bool(_) | Value::Ellipsis)
    )
}

/// The warning for `left op right` when `op` is `is`/`is not` and a side is a literal.
pub(super) fn identity_with_literal(op: CmpOp, left: &Expr, right: &Expr) -> Option<String> {
    let text = match op {
        CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
        CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
        _ => return None,
    };
    (is_literal(left) || is_literal(right)).then(|| text.to_string())
}

/// The warning for calling `func` when it is a literal or a display.
pub(super) fn literal_called(func: &Expr) -> Option<String> {
    let type_name = match &func.kind {
        ExprKind::Constant(c) => match c {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) | Constant::BigInt(_) => "int",
            Constant::Float(_) => "float",
            Constant::Imaginary(_) => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
        },
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::JoinedStr(_) => "str",
        _ => return None,
    };
    Some(format!(
        "'{type_name}' object is not callable; perhaps you missed a comma?"
    ))
}
