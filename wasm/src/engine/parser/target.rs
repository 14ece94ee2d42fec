//! Assignment, `for`, `with` and `del` targets: parsing them and naming what
//! cannot be one, as CPython's `_PyPegen_get_invalid_target` does.

use super::expr::{expr, starts_expression};
use super::{PResult, Parser};
use crate::engine::ast::{Constant, Expr, ExprKind, Span};
use crate::engine::token::TokenKind as T;

/// Which kind of target list is being checked.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Targets {
    /// Assignment and `with ... as` targets.
    Star,
    /// `del` targets.
    Del,
    /// `for` targets (a comparison with `in` is looked into).
    For,
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `e` that cannot be a target of the given kind.
pub(super) fn invalid_target(e: &Expr, ty: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|x| invalid_target(x, ty))
        }
        ExprKind::Starred(v) => {
            if ty == Targets::Del {
                Some(e)
            } else {
                invalid_target(v, ty)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if ty == Targets::For {
                if ops.first() == Some(&crate::engine::ast::CmpOp::In) {
                    return invalid_target(left, ty);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

impl<'a> Parser<'a> {
    /// The error for an invalid target, if `e` contains one.
    pub(super) fn check_target(&self, e: &Expr, ty: Targets) -> PResult<()> {
        if let Some(bad) = invalid_target(e, ty) {
            let verb = if ty == Targets::Del {
                "delete"
            } else {
                "assign to"
            };
            return Err(self.error_at(bad.span, format!("cannot {verb} {}", expr_name(bad))));
        }
        Ok(())
    }

    /// The target list of a `for` (statement or comprehension), checked.
    pub(super) fn for_target(&mut self) -> PResult<Expr> {
        let save = self.pos;
        let first = self.target_list();
        match first {
            Ok(t) if self.at(T::In) => {
                self.check_target(&t, Targets::For)?;
                Ok(t)
            }
            other => {
                // CPython's invalid_for_target: read it as expressions and name
                // the first thing that cannot be assigned to.
                let after = self.pos;
                self.pos = save;
                if let Some(e) = self.speculate(|p| p.star_expressions()) {
                    self.check_target(&e, Targets::For)?;
                }
                self.pos = after;
                match other {
                    Ok(_) => Err(self.invalid()),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `star_target (',' star_target)* [',']`.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let start = self.tok().start;
        let first = self.target_elem()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut d = self.d;
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            let k = self.kind();
            if !(starts_expression(k) || k == T::Star) {
                break;
            }
            elts.push(self.target_elem()?);
            d = d.max(self.d);
        }
        let span = Span::new(start, self.prev_end());
        self.deepen(d, span)?;
        Ok(expr(ExprKind::Tuple(elts), span))
    }

    /// One `star_target`.
    pub(super) fn target_elem(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let star = self.bump();
            if self.at(T::Star) {
                return Err(self.invalid());
            }
            let value = self.target_elem()?;
            let span = Span::new(star.start, self.prev_end());
            self.deepen(self.d, span)?;
            return Ok(expr(ExprKind::Starred(Box::new(value)), span));
        }
        // CPython's targets are primaries (`t_primary`), not operator expressions.
        self.primary()
    }

    /// The target after `with ... as`.
    pub(super) fn with_target(&mut self) -> PResult<Expr> {
        let save = self.pos;
        let first = self.target_elem();
        match first {
            // Before a newline the colon is missing: the statement says so.
            Ok(t) if matches!(self.kind(), T::Comma | T::RPar | T::Colon | T::Newline) => {
                self.check_target(&t, Targets::Star)?;
                Ok(t)
            }
            other => {
                let after = self.pos;
                self.pos = save;
                if let Some(e) = self.speculate(|p| p.expression()) {
                    if matches!(self.kind(), T::Comma | T::RPar | T::Colon) {
                        self.check_target(&e, Targets::Star)?;
                    }
                }
                self.pos = after;
                match other {
                    Ok(_) => Err(self.invalid()),
                    Err(e) => Err(e),
                }
            }
        }
    }
}
