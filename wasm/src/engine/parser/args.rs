//! Call arguments and parameter lists (of `def` and `lambda`), with CPython's
//! messages for arguments and parameters in the wrong order.

use super::expr::expr;
use super::{PResult, Parser};
use crate::engine::ast::{Arg, Arguments, Expr, ExprKind, Keyword, Span};
use crate::engine::token::{Token, TokenKind as T};

impl<'a> Parser<'a> {
    /// `(args)` of a call (or class header, where a bare generator expression
    /// is not allowed); returns positional args, keywords and their depth.
    pub(super) fn call_arguments(
        &mut self,
        allow_genexp: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>, u32)> {
        self.enter()?;
        let r = self.call_arguments_inner(allow_genexp);
        self.leave();
        r
    }

    fn call_arguments_inner(
        &mut self,
        allow_genexp: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>, u32)> {
        let open = self.bump();
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut d = 0;
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        loop {
            if self.at(T::RPar) {
                break;
            }
            let t = self.tok();
            match t.kind {
                T::Star => {
                    if seen_double_star && self.speculating == 0 {
                        return Err(self.error_at(
                            Span::new(t.start, t.end),
                            "iterable argument unpacking follows keyword argument unpacking".into(),
                        ));
                    }
                    self.bump();
                    let value = self.expression()?;
                    let span = Span::new(t.start, self.prev_end());
                    self.deepen(self.d, span)?;
                    args.push(expr(ExprKind::Starred(Box::new(value)), span));
                }
                T::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    let span = Span::new(t.start, self.prev_end());
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        span,
                    });
                    seen_double_star = true;
                }
                T::Name if self.nth(1) == T::Equal => {
                    self.bump();
                    let eq = self.bump();
                    let value = self.expression()?;
                    if matches!(self.kind(), T::For | T::Async) && self.speculating == 0 {
                        return Err(self.error_at(
                            Span::new(t.start, eq.end),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                        ));
                    }
                    let span = Span::new(t.start, self.prev_end());
                    keywords.push(Keyword {
                        arg: Some(self.ident(t)),
                        value,
                        span,
                    });
                    seen_keyword = true;
                }
                T::True | T::False | T::None if self.nth(1) == T::Equal => {
                    let eq = self.look(self.pos + 1);
                    return Err(self.error_at(
                        Span::new(t.start, eq.end),
                        format!("cannot assign to {}", self.text(t)),
                    ));
                }
                _ => {
                    let e = if t.kind == T::Name && self.nth(1) == T::ColonEqual {
                        self.assignment_expression()?
                    } else {
                        self.expression()?
                    };
                    if self.at(T::Equal) {
                        if self.speculating > 0 {
                            return Err(self.invalid());
                        }
                        let eq = self.tok();
                        return Err(self.error_at(
                            Span::new(e.span.start, eq.end),
                            "expression cannot contain assignment, perhaps you meant \"==\"?"
                                .into(),
                        ));
                    }
                    if !allow_genexp && matches!(self.kind(), T::For | T::Async) {
                        return Err(self.invalid());
                    }
                    if matches!(self.kind(), T::For) || (self.at(T::Async) && self.nth(1) == T::For)
                    {
                        let (generators, dg) = self.comprehension_clauses()?;
                        if args.is_empty() && keywords.is_empty() && self.at(T::RPar) {
                            let close = self.tok();
                            let span = Span::new(open.start, close.end);
                            self.deepen(self.d.max(dg), span)?;
                            args.push(expr(
                                ExprKind::GeneratorExp {
                                    elt: Box::new(e),
                                    generators,
                                },
                                span,
                            ));
                            d = d.max(self.d);
                            break;
                        }
                        // CPython's rules: another positional argument before
                        // it, or a comma after it.
                        if args.is_empty() && !self.at(T::Comma) {
                            return Err(self.invalid());
                        }
                        let last = generators
                            .last()
                            .map(|g| g.ifs.last().map_or(g.iter.span.end, |i| i.span.end))
                            .unwrap_or(e.span.end);
                        return Err(self.error_at(
                            Span::new(e.span.start, last),
                            "Generator expression must be parenthesized".into(),
                        ));
                    }
                    if (seen_keyword || seen_double_star)
                        && self.speculating == 0
                        && matches!(self.kind(), T::Comma | T::RPar)
                    {
                        // CPython reports this after reading the rest of the arguments.
                        self.skip_arguments();
                        let msg = if seen_double_star {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        let t = self.tok();
                        return Err(self.error_at(self.token_span(t), msg.into()));
                    }
                    args.push(e);
                }
            }
            d = d.max(self.d);
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.close(T::RPar)?;
        Ok((args, keywords, d))
    }

    /// Skips over what still parses as arguments (for error positions).
    fn skip_arguments(&mut self) {
        loop {
            let ok = self
                .speculate(|p| {
                    if p.at(T::Name) && p.nth(1) == T::Equal {
                        p.bump();
                        p.bump();
                    } else if matches!(p.kind(), T::Star | T::DoubleStar) {
                        p.bump();
                    }
                    p.expression()
                })
                .is_some();
            if !ok || !self.eat(T::Comma) {
                break;
            }
        }
    }

    /// The parameters of `def`, up to (not including) the closing `)`.
    pub(super) fn def_parameters(&mut self) -> PResult<(Arguments, u32)> {
        self.enter()?;
        let r = self.parameters(false, T::RPar);
        self.leave();
        r
    }

    /// The parameters of `lambda`, up to (not including) the `:`.
    pub(super) fn lambda_params(&mut self) -> PResult<(Arguments, u32)> {
        self.enter()?;
        let r = self.parameters(true, T::Colon);
        self.leave();
        r
    }

    fn parameters(&mut self, lambda: bool, closer: T) -> PResult<(Arguments, u32)> {
        let mut a = Arguments::default();
        let mut d = 0;
        let mut seen_default = false;
        let mut slash = false;
        let mut star = false;
        let mut kwarg = false;
        let after_kwarg = "arguments cannot follow var-keyword argument";
        loop {
            let k = self.kind();
            if k == closer {
                break;
            }
            let t = self.tok();
            match k {
                T::Slash => {
                    self.bump();
                    if kwarg {
                        return Err(self.at_token(t, after_kwarg));
                    }
                    if star {
                        return Err(self.at_token(t, "/ must be ahead of *"));
                    }
                    if slash {
                        return Err(self.at_token(t, "/ may appear only once"));
                    }
                    if a.args.is_empty() {
                        if self.at(T::Comma) {
                            return Err(self.at_token(t, "at least one argument must precede /"));
                        }
                        return Err(self.invalid());
                    }
                    if self.at(T::Star) {
                        let s = self.tok();
                        return Err(self.at_token(s, "expected comma between / and *"));
                    }
                    a.posonly = std::mem::take(&mut a.args);
                    slash = true;
                }
                T::Star => {
                    self.bump();
                    if kwarg {
                        return Err(self.at_token(t, after_kwarg));
                    }
                    if star {
                        if matches!(self.kind(), T::Name | T::Comma) {
                            return Err(self.at_token(t, "* argument may appear only once"));
                        }
                        return Err(self.invalid());
                    }
                    star = true;
                    // CPython marks the `*` of a def, but the token after it in a lambda.
                    let bare = "named arguments must follow bare *";
                    match self.kind() {
                        T::Comma => {
                            let next = self.nth(1);
                            if next == closer || next == T::DoubleStar {
                                let at = if lambda { self.look(self.pos + 1) } else { t };
                                return Err(self.at_token(at, bare));
                            }
                        }
                        k if k == closer => {
                            let at = if lambda { self.tok() } else { t };
                            return Err(self.at_token(at, bare));
                        }
                        T::Name => {
                            let p = self.param(lambda, true)?;
                            d = d.max(self.d);
                            if self.at(T::Equal) {
                                let eq = self.tok();
                                return Err(self.at_token(
                                    eq,
                                    "var-positional argument cannot have default value",
                                ));
                            }
                            a.vararg = Some(p);
                        }
                        _ => return Err(self.invalid()),
                    }
                }
                T::DoubleStar => {
                    self.bump();
                    if kwarg {
                        return Err(self.at_token(t, after_kwarg));
                    }
                    if !self.at(T::Name) {
                        return Err(self.invalid());
                    }
                    let p = self.param(lambda, false)?;
                    d = d.max(self.d);
                    if self.at(T::Equal) {
                        let eq = self.tok();
                        return Err(
                            self.at_token(eq, "var-keyword argument cannot have default value")
                        );
                    }
                    a.kwarg = Some(p);
                    kwarg = true;
                }
                T::Name => {
                    let p = self.param(lambda, false)?;
                    d = d.max(self.d);
                    if kwarg {
                        return Err(self.error_at(p.span, after_kwarg.into()));
                    }
                    let default = if self.at(T::Equal) {
                        let eq = self.bump();
                        if self.at(T::Comma) || self.at(closer) {
                            return Err(self.at_token(eq, "expected default value expression"));
                        }
                        let e = self.expression()?;
                        d = d.max(self.d);
                        Some(e)
                    } else {
                        None
                    };
                    if star {
                        a.kwonly.push(p);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(e) => {
                                a.defaults.push(e);
                                seen_default = true;
                            }
                            None if seen_default => {
                                if self.at(T::Comma) || self.at(closer) {
                                    return Err(self.error_at(
                                        p.span,
                                        "non-default argument follows default argument".into(),
                                    ));
                                }
                                return Err(self.invalid());
                            }
                            None => {}
                        }
                        a.args.push(p);
                    }
                }
                T::LPar if !star && !slash && !seen_default => {
                    return Err(self.parenthesized_params(lambda));
                }
                _ => return Err(self.invalid()),
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok((a, d))
    }

    fn at_token(&self, t: Token, msg: &str) -> Box<super::Failure> {
        self.error_at(Span::new(t.start, t.end), msg.into())
    }

    /// One parameter: a name with, for `def`, an optional annotation.
    fn param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let name = self.expect(T::Name)?;
        let mut span = Span::new(name.start, name.end);
        let mut annotation = None;
        self.d = 0;
        if !lambda && self.eat(T::Colon) {
            let e = if star && self.at(T::Star) {
                self.star_expression()?
            } else {
                self.expression()?
            };
            span.end = self.prev_end();
            annotation = Some(e);
        }
        Ok(Arg {
            name: self.ident(name),
            annotation,
            span,
        })
    }

    /// CPython's "Function parameters cannot be parenthesized" (the current
    /// token is the `(`).
    fn parenthesized_params(&mut self, lambda: bool) -> Box<super::Failure> {
        let open = self.tok();
        let close = self.speculate(|p| {
            p.bump();
            loop {
                p.expect(T::Name)?;
                if !lambda && p.eat(T::Colon) {
                    p.expression()?;
                }
                if !p.eat(T::Comma) || p.at(T::RPar) {
                    break;
                }
            }
            p.expect(T::RPar)
        });
        match close {
            Some(close) if self.speculating == 0 => {
                let what = if lambda {
                    "Lambda expression parameters cannot be parenthesized"
                } else {
                    "Function parameters cannot be parenthesized"
                };
                self.error_at(Span::new(open.start, close.end), what.into())
            }
            _ => self.invalid(),
        }
    }
}
