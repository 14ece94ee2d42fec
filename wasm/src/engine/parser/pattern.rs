//! The `match` statement (soft keyword) and its patterns. Patterns are kept as
//! expressions (see `ast::MatchCase`): a capture or wildcard is a `Name`, a
//! value pattern an `Attribute`, literals `Constant`s (negative numbers and
//! complex literals as `UnaryOp`/`BinOp`), sequences `List`/`Tuple`, `*rest`
//! a `Starred`, mappings a `Dict` (`**rest` has no key), class patterns a
//! `Call`, alternatives a chain of `|` (`BinOp::BitOr`), and `p as name` a
//! `NamedExpr` whose target is the name and whose value is `p`.

use super::expr::expr;
use super::{PResult, Parser};
use crate::engine::ast::{
    BinOp, Constant, Expr, ExprKind, Keyword, MatchCase, Span, Stmt, StmtKind, UnaryOp,
};
use crate::engine::error::SyntaxErrorKind;
use crate::engine::literal;
use crate::engine::token::TokenKind as T;

impl<'a> Parser<'a> {
    /// A `match` statement, or `None` when `match` is just a name here.
    pub(super) fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let save = self.pos;
        let kw = self.bump();
        let subject = self.speculate_always(|p| p.match_subject());
        let Some(subject) = subject else {
            self.pos = save;
            return Ok(None);
        };
        if !self.at(T::Colon) {
            // Not a match statement after all, unless nothing else fits either:
            // then CPython says the colon is missing.
            let after_subject = self.tok();
            self.pos = save;
            let mut scratch = Vec::new();
            let ok = self
                .speculate_always(|p| p.simple_stmts(&mut scratch))
                .is_some();
            self.pos = save;
            if ok {
                return Ok(None);
            }
            let mut scratch = Vec::new();
            return match self.simple_stmts(&mut scratch) {
                Ok(()) => Ok(None),
                Err(_) => Err(self.error_at(self.token_span(after_subject), "expected ':'".into())),
            };
        }
        self.bump();
        if !self.eat(T::Newline) {
            return Err(self.invalid());
        }
        if !self.at(T::Indent) {
            let t = self.tok();
            let line = self.line_of(kw.start);
            return Err(self.error_kind_at(
                SyntaxErrorKind::Indentation,
                self.token_span(t),
                format!("expected an indented block after 'match' statement on line {line}"),
            ));
        }
        self.bump();
        self.enter()?;
        let r = self.case_blocks();
        self.leave();
        let cases = r?;
        Ok(Some(Stmt {
            span: Span::new(kw.start, self.last_sig_end),
            kind: StmtKind::Match { subject, cases },
        }))
    }

    fn case_blocks(&mut self) -> PResult<Vec<MatchCase>> {
        let mut cases = Vec::new();
        loop {
            let t = self.tok();
            if !(t.kind == T::Name && self.text(t) == "case") {
                if cases.is_empty() || !self.at(T::Dedent) {
                    return Err(self.invalid());
                }
                self.bump();
                return Ok(cases);
            }
            let kw = self.bump();
            let pattern = self.patterns()?;
            let guard = if self.eat(T::If) {
                Some(self.named_expression()?)
            } else {
                None
            };
            self.header_colon()?;
            let body = self.block_for("'case' statement", kw)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
                span: Span::new(kw.start, self.last_sig_end),
            });
        }
    }

    /// `subject_expr`.
    fn match_subject(&mut self) -> PResult<Expr> {
        let start = self.tok().start;
        let first = self.star_named_expression()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(expr(
            ExprKind::Tuple(elts),
            Span::new(start, self.prev_end()),
        ))
    }

    /// `patterns: open_sequence_pattern | pattern`.
    fn patterns(&mut self) -> PResult<Expr> {
        let start = self.tok().start;
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if matches!(self.kind(), T::Colon | T::If) {
                break;
            }
            elts.push(self.maybe_star_pattern()?);
        }
        Ok(expr(
            ExprKind::Tuple(elts),
            Span::new(start, self.prev_end()),
        ))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let star = self.bump();
            let n = self.expect(T::Name)?;
            let name = self.leaf_name(n);
            return Ok(expr(
                ExprKind::Starred(Box::new(name)),
                Span::new(star.start, n.end),
            ));
        }
        self.pattern()
    }

    fn leaf_name(&mut self, t: crate::engine::token::Token) -> Expr {
        self.d = 1;
        expr(ExprKind::Name(self.ident(t)), Span::new(t.start, t.end))
    }

    /// `pattern: or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> PResult<Expr> {
        let p = self.or_pattern()?;
        if !self.at(T::As) {
            return Ok(p);
        }
        self.bump();
        let t = self.tok();
        if t.kind == T::Name && !matches!(self.nth(1), T::Dot | T::LPar | T::Equal) {
            self.bump();
            if self.text(t) == "_" {
                return Err(self.error_at(
                    Span::new(t.start, t.end),
                    "cannot use '_' as a target".into(),
                ));
            }
            let target = self.leaf_name(t);
            let span = Span::new(p.span.start, t.end);
            return Ok(expr(
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(p),
                },
                span,
            ));
        }
        if self.speculating == 0 {
            if let Some(e) = self.speculate(|p| p.expression()) {
                return Err(self.error_at(e.span, "invalid pattern target".into()));
            }
        }
        Err(self.invalid())
    }

    fn or_pattern(&mut self) -> PResult<Expr> {
        let mut left = self.closed_pattern()?;
        while self.eat(T::VBar) {
            let right = self.closed_pattern()?;
            let span = Span::new(left.span.start, right.span.end);
            left = expr(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op: BinOp::BitOr,
                    right: Box::new(right),
                },
                span,
            );
        }
        Ok(left)
    }

    fn closed_pattern(&mut self) -> PResult<Expr> {
        let t = self.tok();
        let span = Span::new(t.start, t.end);
        match t.kind {
            T::Number | T::Minus => self.number_pattern(),
            T::String => self.strings(),
            T::None => {
                self.bump();
                Ok(expr(ExprKind::Constant(Constant::None), span))
            }
            T::True => {
                self.bump();
                Ok(expr(ExprKind::Constant(Constant::Bool(true)), span))
            }
            T::False => {
                self.bump();
                Ok(expr(ExprKind::Constant(Constant::Bool(false)), span))
            }
            T::Name => {
                self.bump();
                let mut e = self.leaf_name(t);
                while self.at(T::Dot) {
                    self.bump();
                    let n = self.expect(T::Name)?;
                    let span = Span::new(e.span.start, n.end);
                    e = expr(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr: self.ident(n),
                            attr_span: Span::new(n.start, n.end),
                        },
                        span,
                    );
                }
                if self.at(T::LPar) {
                    return self.class_pattern(e);
                }
                Ok(e)
            }
            T::LPar => {
                let open = self.bump();
                if self.at(T::RPar) {
                    let close = self.bump();
                    return Ok(expr(
                        ExprKind::Tuple(Vec::new()),
                        Span::new(open.start, close.end),
                    ));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(T::RPar) {
                    if matches!(first.kind, ExprKind::Starred(_)) {
                        let close_end = self.prev_end();
                        return Ok(expr(
                            ExprKind::Tuple(vec![first]),
                            Span::new(open.start, close_end),
                        ));
                    }
                    return Ok(first);
                }
                if !self.at(T::Comma) {
                    return Err(self.invalid());
                }
                let mut elts = vec![first];
                while self.eat(T::Comma) {
                    if self.at(T::RPar) {
                        break;
                    }
                    elts.push(self.maybe_star_pattern()?);
                }
                self.close(T::RPar)?;
                Ok(expr(
                    ExprKind::Tuple(elts),
                    Span::new(open.start, self.prev_end()),
                ))
            }
            T::LSqb => {
                let open = self.bump();
                let mut elts = Vec::new();
                while !self.at(T::RSqb) {
                    elts.push(self.maybe_star_pattern()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                self.close(T::RSqb)?;
                Ok(expr(
                    ExprKind::List(elts),
                    Span::new(open.start, self.prev_end()),
                ))
            }
            T::LBrace => self.mapping_pattern(),
            _ => Err(self.invalid()),
        }
    }

    /// `signed_number` or `signed_real ('+'|'-') imaginary`.
    fn number_pattern(&mut self) -> PResult<Expr> {
        let real = self.signed_number()?;
        if matches!(self.kind(), T::Plus | T::Minus) {
            let op = if self.bump().kind == T::Plus {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            let t = self.expect(T::Number)?;
            let imag = literal::number_value(self.text(t));
            if !matches!(imag, Constant::Imaginary(_)) {
                return Err(self.error_at(
                    Span::new(t.start, t.end),
                    "imaginary number required in complex literal".into(),
                ));
            }
            let right = expr(ExprKind::Constant(imag), Span::new(t.start, t.end));
            let span = Span::new(real.span.start, t.end);
            return Ok(expr(
                ExprKind::BinOp {
                    left: Box::new(real),
                    op,
                    right: Box::new(right),
                },
                span,
            ));
        }
        Ok(real)
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let minus = if self.at(T::Minus) {
            Some(self.bump())
        } else {
            None
        };
        let t = self.expect(T::Number)?;
        let value = literal::number_value(self.text(t));
        let mut e = expr(ExprKind::Constant(value), Span::new(t.start, t.end));
        if let Some(m) = minus {
            e = expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(e),
                },
                Span::new(m.start, t.end),
            );
        }
        Ok(e)
    }

    fn class_pattern(&mut self, func: Expr) -> PResult<Expr> {
        self.bump();
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut late_positional: Vec<Span> = Vec::new();
        while !self.at(T::RPar) {
            if self.at(T::Name) && self.nth(1) == T::Equal {
                let n = self.bump();
                self.bump();
                let value = self.pattern()?;
                let span = Span::new(n.start, value.span.end);
                keywords.push(Keyword {
                    arg: Some(self.ident(n)),
                    value,
                    span,
                });
            } else {
                let p = self.pattern()?;
                if !keywords.is_empty() {
                    late_positional.push(p.span);
                }
                args.push(p);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.close(T::RPar)?;
        if let (Some(first), Some(last)) = (late_positional.first(), late_positional.last()) {
            return Err(self.error_at(
                Span::new(first.start, last.end),
                "positional patterns follow keyword patterns".into(),
            ));
        }
        let span = Span::new(func.span.start, self.prev_end());
        Ok(expr(
            ExprKind::Call {
                func: Box::new(func),
                args,
                keywords,
            },
            span,
        ))
    }

    fn mapping_pattern(&mut self) -> PResult<Expr> {
        let open = self.bump();
        let mut keys = Vec::new();
        let mut values = Vec::new();
        while !self.at(T::RBrace) {
            if self.at(T::DoubleStar) {
                self.bump();
                let n = self.expect(T::Name)?;
                values.push(self.leaf_name(n));
                keys.push(None);
            } else {
                let key = match self.kind() {
                    T::Number | T::Minus => self.number_pattern()?,
                    T::String => self.strings()?,
                    T::None | T::True | T::False => self.closed_pattern()?,
                    T::Name => {
                        let e = self.closed_pattern()?;
                        if !matches!(e.kind, ExprKind::Attribute { .. }) {
                            return Err(self.invalid());
                        }
                        e
                    }
                    _ => return Err(self.invalid()),
                };
                self.expect(T::Colon)?;
                values.push(self.pattern()?);
                keys.push(Some(key));
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.close(T::RBrace)?;
        Ok(expr(
            ExprKind::Dict { keys, values },
            Span::new(open.start, self.prev_end()),
        ))
    }
}
