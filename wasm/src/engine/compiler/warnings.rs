//! CPython's compile-time SyntaxWarnings for likely mistakes: `x is 1`
//! (identity with a literal), `1 (2)` and `[1, 2] [0, 1]` (calling or
//! subscripting a literal: a missing comma) and `assert (x, "msg")` (always
//! true). The program still runs; the warnings go to stderr first.

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

/// The type a literal or display evaluates to, as CPython's compiler infers
/// it (after constant folding); None for anything else.
fn inferred_type(e: &Expr) -> Option<&'static str> {
    if let Some(v) = fold_value(e) {
        return Some(match v {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Ellipsis => "ellipsis",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::FrozenSet(_) => "frozenset",
            _ => return None,
        });
    }
    Some(match &e.kind {
        ExprKind::Constant(Constant::Imaginary(_)) => "complex",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) => "str",
        ExprKind::Slice { .. } => "slice",
        _ => return None,
    })
}

/// The warning for calling `func` when it is a literal or a display.
pub(super) fn literal_called(func: &Expr) -> Option<String> {
    if matches!(func.kind, ExprKind::Lambda { .. } | ExprKind::Slice { .. }) {
        return None;
    }
    let type_name = inferred_type(func)?;
    Some(format!(
        "'{type_name}' object is not callable; perhaps you missed a comma?"
    ))
}

/// The warning for loading `value[index]` when `value` is a literal that
/// cannot be subscripted (`1[0]`), or a sequence literal indexed by a
/// literal of the wrong type (`[1, 2] [0, 1]`).
pub(super) fn literal_subscripted(value: &Expr, index: &Expr) -> Option<String> {
    let value_type = inferred_type(value);
    let unsubscriptable = match value_type {
        Some("NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex" | "frozenset") => {
            fold_value(value).is_some() || matches!(value.kind, ExprKind::Constant(_))
        }
        _ => matches!(
            value.kind,
            ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Lambda { .. }
        ),
    };
    if unsubscriptable {
        let name = value_type.unwrap_or("object");
        return Some(format!(
            "'{name}' object is not subscriptable; perhaps you missed a comma?"
        ));
    }
    let index_type = inferred_type(index)?;
    if matches!(index_type, "int" | "bool" | "slice") {
        return None;
    }
    let sequence = match value_type? {
        t @ ("str" | "bytes" | "tuple") if fold_value(value).is_some() => t,
        t @ ("tuple" | "list" | "str") => t,
        _ => return None,
    };
    Some(format!(
        "{sequence} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
    ))
}

/// The warning for `assert (test, message)`: a non-empty tuple is always true.
pub(super) fn assert_tuple(test: &Expr) -> Option<String> {
    matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty())
        .then(|| "assertion is always true, perhaps remove parentheses?".to_string())
}
