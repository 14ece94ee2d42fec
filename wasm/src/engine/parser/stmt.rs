//! Statements: simple statements, blocks and compound statements.

use super::expr::{is_bitwise_or_level, starts_expression, starts_with_excluded};
use super::target::{expr_name, Targets};
use super::{PResult, Parser};
use crate::engine::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Module, Span, Stmt,
    StmtKind, WithItem,
};
use crate::engine::error::SyntaxErrorKind;
use crate::engine::token::{Token, TokenKind as T};

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { span, kind }
}

fn augassign(k: T) -> Option<BinOp> {
    Some(match k {
        T::PlusEqual => BinOp::Add,
        T::MinusEqual => BinOp::Sub,
        T::StarEqual => BinOp::Mult,
        T::AtEqual => BinOp::MatMult,
        T::SlashEqual => BinOp::Div,
        T::PercentEqual => BinOp::Mod,
        T::AmperEqual => BinOp::BitAnd,
        T::VBarEqual => BinOp::BitOr,
        T::CircumflexEqual => BinOp::BitXor,
        T::LeftShiftEqual => BinOp::LShift,
        T::RightShiftEqual => BinOp::RShift,
        T::DoubleStarEqual => BinOp::Pow,
        T::DoubleSlashEqual => BinOp::FloorDiv,
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// `file: [statements] ENDMARKER`.
    pub(super) fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while !self.at(T::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(Module { body })
    }

    /// `eval: expressions NEWLINE* ENDMARKER` (leading indentation allowed,
    /// as `eval` strips it).
    pub(super) fn eval_input(&mut self) -> PResult<Expr> {
        self.eat(T::Indent);
        let e = self.star_expressions()?;
        while self.eat(T::Newline) || self.eat(T::Dedent) {}
        if !self.at(T::EndMarker) {
            return Err(self.invalid());
        }
        Ok(e)
    }

    /// One statement (a line of simple statements adds several).
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.kind() {
            T::Def | T::Class | T::At | T::If | T::While | T::For | T::Try | T::With => {
                let s = self.compound()?;
                out.push(s);
                Ok(())
            }
            T::Async if matches!(self.nth(1), T::Def | T::For | T::With) => {
                let s = self.compound()?;
                out.push(s);
                Ok(())
            }
            T::Name if self.current_text() == "match" => match self.match_stmt()? {
                Some(s) => {
                    out.push(s);
                    Ok(())
                }
                None => self.simple_stmts(out),
            },
            _ => self.simple_stmts(out),
        }
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    pub(super) fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat(T::Semi) {
                if self.at(T::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if !self.eat(T::Newline) {
            return Err(self.invalid());
        }
        Ok(())
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.tok();
        let start = t.start;
        let kind = match t.kind {
            T::Pass => {
                self.bump();
                StmtKind::Pass
            }
            T::Break => {
                self.bump();
                StmtKind::Break
            }
            T::Continue => {
                self.bump();
                StmtKind::Continue
            }
            T::Return => {
                self.bump();
                let k = self.kind();
                let value = if starts_expression(k) || k == T::Star {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return(value)
            }
            T::Raise => {
                self.bump();
                if starts_expression(self.kind()) {
                    let exc = self.expression()?;
                    let cause = if self.eat(T::From) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    StmtKind::Raise {
                        exc: Some(exc),
                        cause,
                    }
                } else {
                    StmtKind::Raise {
                        exc: None,
                        cause: None,
                    }
                }
            }
            T::Global | T::Nonlocal => {
                self.bump();
                let mut names = Vec::new();
                loop {
                    let n = self.expect(T::Name)?;
                    names.push(self.ident(n));
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                if t.kind == T::Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            T::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(T::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            T::Del => self.del_stmt()?,
            T::Import => self.import_stmt()?,
            T::From => self.import_from()?,
            T::Yield => {
                let e = self.yield_expr()?;
                if self.at(T::Equal) {
                    return Err(
                        self.error_at(e.span, "assignment to yield expression not possible".into())
                    );
                }
                StmtKind::Expr(e)
            }
            _ => return self.expression_stmt(),
        };
        Ok(stmt(kind, Span::new(start, self.last_sig_end)))
    }

    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut targets = Vec::new();
        loop {
            let k = self.kind();
            if !(starts_expression(k) || k == T::Star) {
                if targets.is_empty() {
                    return Err(self.invalid());
                }
                break;
            }
            let e = self.star_expression()?;
            targets.push(e);
            if !self.eat(T::Comma) {
                break;
            }
        }
        for e in &targets {
            self.check_target(e, Targets::Del)?;
        }
        if !matches!(self.kind(), T::Semi | T::Newline) {
            return Err(self.invalid());
        }
        Ok(StmtKind::Delete(targets))
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let first = self.expect(T::Name)?;
        let mut name = self.ident(first);
        while self.at(T::Dot) && self.nth(1) == T::Name {
            self.bump();
            let n = self.bump();
            name.push('.');
            name.push_str(&self.ident(n));
        }
        Ok(name)
    }

    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.tok().start;
            let name = self.dotted_name()?;
            let asname = if self.eat(T::As) {
                let n = self.expect(T::Name)?;
                Some(self.ident(n))
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: Span::new(start, self.prev_end()),
            });
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            match self.kind() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(T::Import) && level > 0 {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect(T::Import)?;
        let mut names = Vec::new();
        if self.at(T::Star) {
            let t = self.bump();
            names.push(Alias {
                name: "*".into(),
                asname: None,
                span: Span::new(t.start, t.end),
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parens = self.eat(T::LPar);
        loop {
            let n = self.expect(T::Name)?;
            let asname = if self.eat(T::As) {
                let a = self.expect(T::Name)?;
                Some(self.ident(a))
            } else {
                None
            };
            names.push(Alias {
                name: self.ident(n),
                asname,
                span: Span::new(n.start, self.prev_end()),
            });
            if !self.eat(T::Comma) {
                break;
            }
            if parens && self.at(T::RPar) {
                break;
            }
            if !parens && self.at(T::Newline) {
                let t = self.tok();
                return Err(self.error_at(
                    self.token_span(t),
                    "trailing comma not allowed without surrounding parentheses".into(),
                ));
            }
        }
        if parens {
            self.close(T::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Expression statements and assignments of every kind.
    fn expression_stmt(&mut self) -> PResult<Stmt> {
        let first_tok = self.tok();
        let start = first_tok.start;
        let k = first_tok.kind;
        if !(starts_expression(k) || k == T::Star) {
            return Err(self.invalid());
        }
        self.bare_tuple = None;
        let first = if k == T::Name && self.nth(1) == T::ColonEqual {
            // `x := 1` is no statement; CPython fails at the `:=`.
            self.bump();
            return Err(self.invalid());
        } else {
            self.star_expressions()?
        };
        let bare_tuple =
            matches!(first.kind, ExprKind::Tuple(_)) && self.bare_tuple == Some(first.span);
        match self.kind() {
            T::Equal => self.assignment(first, bare_tuple, start),
            T::Colon => self.annotated(first, first_tok, bare_tuple, start),
            T::ColonEqual => Err(self.walrus_target_error(&first)),
            k => {
                if let Some(op) = augassign(k) {
                    if !is_single_target(&first) {
                        return Err(self.error_at(
                            first.span,
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                expr_name(&first)
                            ),
                        ));
                    }
                    self.bump();
                    let value = if self.at(T::Yield) {
                        self.yield_expr()?
                    } else {
                        self.star_expressions()?
                    };
                    return Ok(stmt(
                        StmtKind::AugAssign {
                            target: first,
                            op,
                            value,
                        },
                        Span::new(start, self.last_sig_end),
                    ));
                }
                Ok(stmt(
                    StmtKind::Expr(first),
                    Span::new(start, self.last_sig_end),
                ))
            }
        }
    }

    fn assignment(&mut self, first: Expr, bare_tuple: bool, start: u32) -> PResult<Stmt> {
        let first_eq = self.pos;
        let mut targets = vec![first];
        let value = loop {
            self.bump();
            let rhs = if self.at(T::Yield) {
                self.yield_expr()
            } else {
                let k = self.kind();
                if starts_expression(k) || k == T::Star {
                    self.star_expressions()
                } else {
                    Err(self.invalid())
                }
            };
            let rhs = match rhs {
                Ok(rhs) => rhs,
                Err(e) => {
                    // CPython names an invalid target even when nothing valid
                    // follows its `=`.
                    if is_generic(&e) && self.speculating == 0 {
                        for t in &targets {
                            self.check_target(t, Targets::Star)?;
                        }
                    }
                    return Err(e);
                }
            };
            if self.at(T::Equal) {
                targets.push(rhs);
            } else {
                break rhs;
            }
        };
        let all_valid = targets.iter().all(|t| {
            !matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                && super::target::invalid_target(t, Targets::Star).is_none()
        });
        if !all_valid {
            if self.speculating > 0 {
                return Err(self.invalid());
            }
            // CPython's invalid_named_expression on the element before the first `=`.
            let last = match &targets[0].kind {
                ExprKind::Tuple(elts) if bare_tuple => elts.last(),
                _ => Some(&targets[0]),
            };
            if let Some(last) = last {
                let single_name = matches!(last.kind, ExprKind::Name(_))
                    && self.toks[first_eq - 1].start == last.span.start;
                // A parenthesized tuple is excluded by `starts_with_excluded`.
                let eligible =
                    single_name || (is_bitwise_or_level(last) && !starts_with_excluded(last));
                if eligible {
                    let (span, name) = (last.span, expr_name(last));
                    let save = self.pos;
                    self.pos = first_eq + 1;
                    let rhs = self.speculate(|p| p.bitwise_or());
                    let rhs_ok = rhs.is_some() && !matches!(self.kind(), T::Equal | T::ColonEqual);
                    self.pos = save;
                    if rhs_ok {
                        if single_name {
                            let rhs_end = rhs.map_or(span.end, |e| e.span.end);
                            return Err(self.error_at(
                                Span::new(span.start, rhs_end),
                                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
                                    .into(),
                            ));
                        }
                        return Err(self.error_at(
                            span,
                            format!(
                                "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                            ),
                        ));
                    }
                }
            }
            for t in &targets {
                if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                    return Err(
                        self.error_at(t.span, "assignment to yield expression not possible".into())
                    );
                }
                self.check_target(t, Targets::Star)?;
            }
        }
        Ok(stmt(
            StmtKind::Assign { targets, value },
            Span::new(start, self.last_sig_end),
        ))
    }

    fn annotated(
        &mut self,
        target: Expr,
        first_tok: Token,
        bare_tuple: bool,
        start: u32,
    ) -> PResult<Stmt> {
        let simple_name = first_tok.kind == T::Name
            && matches!(target.kind, ExprKind::Name(_))
            && target.span.start == first_tok.start;
        let ok = simple_name || is_single_target(&target);
        if !ok {
            // The annotation must parse for CPython's diagnostics to apply.
            // CPython's PEG parser backtracks: an expression *prefix* will do,
            // and a lone atom always is one.
            let colon = self.pos;
            let max_pos = self.max_pos;
            self.bump();
            let atom = matches!(
                self.kind(),
                T::Name | T::Number | T::String | T::True | T::False | T::None | T::Ellipsis
            );
            let ann = atom || self.speculate(|p| p.expression()).is_some();
            self.pos = colon;
            self.max_pos = max_pos;
            if ann && self.speculating == 0 {
                return Err(match &target.kind {
                    ExprKind::List(_) => self.error_at(
                        target.span,
                        "only single target (not list) can be annotated".into(),
                    ),
                    ExprKind::Tuple(elts) => {
                        let span = if bare_tuple {
                            elts.first().map_or(target.span, |e| e.span)
                        } else {
                            target.span
                        };
                        self.error_at(
                            span,
                            "only single target (not tuple) can be annotated".into(),
                        )
                    }
                    _ => self.error_at(target.span, "illegal target for annotation".into()),
                });
            }
            self.bump();
            return Err(self.invalid());
        }
        self.bump();
        let annotation = self.expression()?;
        let value = if self.eat(T::Equal) {
            if self.at(T::Yield) {
                Some(self.yield_expr()?)
            } else {
                Some(self.star_expressions()?)
            }
        } else {
            None
        };
        Ok(stmt(
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple: simple_name,
            },
            Span::new(start, self.last_sig_end),
        ))
    }

    // ----- blocks -----

    /// A `:` ending a compound statement's header. `forced` for CPython's
    /// `&&':'` (an error wherever it is missing); otherwise a missing colon is
    /// only diagnosed before the end of the line.
    fn colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat(T::Colon) {
            return Ok(());
        }
        let t = self.tok();
        if forced || t.kind == T::Newline {
            return Err(self.error_at(self.token_span(t), "expected ':'".into()));
        }
        Err(self.invalid())
    }

    /// The body after a header's `:`; `what` names the header for the
    /// "expected an indented block" message.
    fn block(&mut self, what: &str, header: Token) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at(T::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !self.at(T::Indent) {
            let t = self.tok();
            let line = self.line_of(header.start);
            return Err(self.error_kind_at(
                SyntaxErrorKind::Indentation,
                self.token_span(t),
                format!("expected an indented block after {what} on line {line}"),
            ));
        }
        self.bump();
        self.enter()?;
        let r = (|| {
            loop {
                self.statement(&mut body)?;
                if self.eat(T::Dedent) {
                    break;
                }
                if self.at(T::EndMarker) {
                    return Err(self.invalid());
                }
            }
            Ok(())
        })();
        self.leave();
        r?;
        Ok(body)
    }

    fn compound(&mut self) -> PResult<Stmt> {
        match self.kind() {
            T::If => self.if_stmt(),
            T::While => self.while_stmt(),
            T::For => self.for_stmt(None),
            T::Try => self.try_stmt(),
            T::With => self.with_stmt(None),
            T::Def => self.function_def(Vec::new(), None),
            T::Class => self.class_def(Vec::new()),
            T::At => self.decorated(),
            T::Async => {
                let a = self.bump();
                match self.kind() {
                    T::Def => self.function_def(Vec::new(), Some(a)),
                    T::For => self.for_stmt(Some(a)),
                    T::With => self.with_stmt(Some(a)),
                    _ => Err(self.invalid()),
                }
            }
            _ => Err(self.invalid()),
        }
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let what = if kw.kind == T::If {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let test = self.named_expression()?;
        self.colon(false)?;
        let body = self.block(what, kw)?;
        let orelse = match self.kind() {
            T::Elif => vec![self.if_stmt()?],
            T::Else => self.else_block()?,
            _ => Vec::new(),
        };
        Ok(stmt(
            StmtKind::If { test, body, orelse },
            Span::new(kw.start, self.last_sig_end),
        ))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let kw = self.bump();
        self.colon(true)?;
        self.block("'else' statement", kw)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.named_expression()?;
        self.colon(false)?;
        let body = self.block("'while' statement", kw)?;
        let orelse = if self.at(T::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        Ok(stmt(
            StmtKind::While { test, body, orelse },
            Span::new(kw.start, self.last_sig_end),
        ))
    }

    fn for_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
        let kw = self.bump();
        let start = async_tok.map_or(kw.start, |a| a.start);
        let target = self.for_target()?;
        self.bump(); // `in`
        let k = self.kind();
        if !(starts_expression(k) || k == T::Star) {
            return Err(self.invalid());
        }
        let iter = self.star_expressions()?;
        self.colon(false)?;
        let body = self.block("'for' statement", kw)?;
        let orelse = if self.at(T::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        Ok(stmt(
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: async_tok.is_some(),
            },
            Span::new(start, self.last_sig_end),
        ))
    }

    fn with_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
        let kw = self.bump();
        let start = async_tok.map_or(kw.start, |a| a.start);
        let items = if self.at(T::LPar) {
            // `with (a, b as c):` is a parenthesized list of items unless what
            // follows the `)` says it was an expression.
            let save = self.pos;
            let saved_max = self.max_pos;
            match self.parenthesized_with_items() {
                Ok(items) if matches!(self.kind(), T::Colon | T::Newline) => items,
                first => {
                    let first_err = first.err();
                    let after = (self.pos, self.max_pos);
                    self.pos = save;
                    self.max_pos = saved_max;
                    match self.with_items() {
                        Ok(items) => items,
                        Err(e) => {
                            // Prefer a specific message from the first reading.
                            if let Some(fe) = first_err {
                                if !is_generic(&fe) {
                                    self.max_pos = self.max_pos.max(after.1);
                                    return Err(fe);
                                }
                            }
                            return Err(e);
                        }
                    }
                }
            }
        } else {
            self.with_items()?
        };
        self.colon(false)?;
        let body = self.block("'with' statement", kw)?;
        Ok(stmt(
            StmtKind::With {
                items,
                body,
                is_async: async_tok.is_some(),
            },
            Span::new(start, self.last_sig_end),
        ))
    }

    fn parenthesized_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.bump();
        let mut items = Vec::new();
        loop {
            items.push(self.with_item()?);
            if !self.eat(T::Comma) || self.at(T::RPar) {
                break;
            }
        }
        self.close(T::RPar)?;
        Ok(items)
    }

    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            items.push(self.with_item()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(items)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(T::As) {
            Some(self.with_target()?)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.colon(true)?;
        let body = self.block("'try' statement", kw)?;
        let mut handlers = Vec::new();
        let mut is_star = None;
        while self.at(T::Except) {
            let ex = self.tok();
            let star = self.nth(1) == T::Star;
            match is_star {
                Some(s) if s != star => {
                    let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                    let span = if star {
                        let st = self.look(self.pos + 1);
                        Span::new(ex.start, st.end)
                    } else {
                        Span::new(ex.start, ex.end)
                    };
                    // CPython checks that the clause header parses first.
                    let header_ok = self
                        .speculate(|p| {
                            p.bump();
                            if star {
                                p.bump();
                            }
                            if !p.at(T::Colon) {
                                p.expression()?;
                                if p.eat(T::As) {
                                    p.expect(T::Name)?;
                                }
                            }
                            p.expect(T::Colon)
                        })
                        .is_some();
                    if header_ok {
                        return Err(self.error_at(span, msg.into()));
                    }
                    return Err(self.invalid());
                }
                _ => is_star = Some(star),
            }
            handlers.push(self.except_clause(star)?);
        }
        let orelse = if !handlers.is_empty() && self.at(T::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        let finalbody = if self.at(T::Finally) {
            let f = self.bump();
            self.colon(true)?;
            self.block("'finally' statement", f)?
        } else {
            if handlers.is_empty() {
                let t = self.tok();
                return Err(self.error_at(
                    self.token_span(t),
                    "expected 'except' or 'finally' block".into(),
                ));
            }
            Vec::new()
        };
        Ok(stmt(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star: is_star.unwrap_or(false),
            },
            Span::new(kw.start, self.last_sig_end),
        ))
    }

    fn except_clause(&mut self, star: bool) -> PResult<ExceptHandler> {
        let kw = self.bump();
        if star {
            self.bump();
            if matches!(self.kind(), T::Newline | T::Colon) {
                let t = self.tok();
                return Err(self.error_at(
                    self.token_span(t),
                    "expected one or more exception types".into(),
                ));
            }
        }
        let what = if star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let mut typ = None;
        let mut name = None;
        if !self.at(T::Colon) {
            if self.at(T::Newline) {
                let t = self.tok();
                return Err(self.error_at(self.token_span(t), "expected ':'".into()));
            }
            let e = self.expression()?;
            if self.at(T::Comma) && self.speculating == 0 {
                let save = self.pos;
                let colon = self.speculate(|p| {
                    p.bump();
                    p.star_expressions_plain()?;
                    if p.eat(T::As) {
                        p.expect(T::Name)?;
                    }
                    p.expect(T::Colon)
                });
                self.pos = save;
                if let Some(colon) = colon {
                    // CPython's caret runs from the first type to the colon.
                    return Err(self.error_at(
                        Span::new(e.span.start, colon.start),
                        "multiple exception types must be parenthesized".into(),
                    ));
                }
            }
            typ = Some(e);
            if self.eat(T::As) {
                let n = self.expect(T::Name)?;
                name = Some(self.ident(n));
            }
        }
        self.colon(false)?;
        let body = self.block(what, kw)?;
        Ok(ExceptHandler {
            typ,
            name,
            body,
            span: Span::new(kw.start, self.last_sig_end),
        })
    }

    /// `expressions`: comma-separated expressions (no starred).
    fn star_expressions_plain(&mut self) -> PResult<()> {
        loop {
            self.expression()?;
            if !self.eat(T::Comma) || !starts_expression(self.kind()) {
                break;
            }
        }
        Ok(())
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.at(T::At) {
            self.bump();
            decorators.push(self.named_expression()?);
            if !self.eat(T::Newline) {
                return Err(self.invalid());
            }
        }
        match self.kind() {
            T::Def => self.function_def(decorators, None),
            T::Class => self.class_def(decorators),
            T::Async if self.nth(1) == T::Def => {
                let a = self.bump();
                self.function_def(decorators, Some(a))
            }
            _ => Err(self.invalid()),
        }
    }

    fn function_def(&mut self, decorators: Vec<Expr>, async_tok: Option<Token>) -> PResult<Stmt> {
        let kw = self.bump();
        // Like CPython's, the node starts at `def` (or `async`), not at a decorator.
        let start = async_tok.map_or(kw.start, |a| a.start);
        let name = self.expect(T::Name)?;
        self.expect_forced(T::LPar, "(")?;
        let (args, _) = self.def_parameters()?;
        self.close(T::RPar)?;
        let returns = if self.at(T::RArrow) {
            // Without an annotation the optional `-> expr` is absent, and the
            // forced `:` is what CPython finds missing, at the arrow.
            let arrow = self.bump();
            match self.expression() {
                Ok(e) => Some(e),
                Err(e) if is_generic(&e) && self.speculating == 0 => {
                    return Err(
                        self.error_at(Span::new(arrow.start, arrow.end), "expected ':'".into())
                    );
                }
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        self.colon(true)?;
        let body = self.block("function definition", kw)?;
        let def = FunctionDef {
            binding: self.ident(name),
            name: self.ident(name),
            name_span: Span::new(name.start, name.end),
            args,
            body,
            decorators,
            returns,
            is_async: async_tok.is_some(),
        };
        Ok(stmt(
            StmtKind::FunctionDef(Box::new(def)),
            Span::new(start, self.last_sig_end),
        ))
    }

    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.bump();
        let start = kw.start;
        let name = self.expect(T::Name)?;
        let (bases, keywords) = if self.at(T::LPar) {
            let (args, keywords, _) = self.call_arguments(false)?;
            (args, keywords)
        } else {
            (Vec::new(), Vec::new())
        };
        self.colon(false)?;
        let body = self.block("class definition", kw)?;
        let def = ClassDef {
            binding: self.ident(name),
            name: self.ident(name),
            name_span: Span::new(name.start, name.end),
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(stmt(
            StmtKind::ClassDef(Box::new(def)),
            Span::new(start, self.last_sig_end),
        ))
    }

    /// A compound statement's block for `match`/`case` (shared helper).
    pub(super) fn block_for(&mut self, what: &str, header: Token) -> PResult<Vec<Stmt>> {
        self.block(what, header)
    }

    pub(super) fn header_colon(&mut self) -> PResult<()> {
        self.colon(false)
    }
}

/// CPython's `single_target`: a name, attribute or subscript.
fn is_single_target(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    )
}

pub(super) fn is_generic(f: &super::Failure) -> bool {
    match f {
        super::Failure::Syntax(e) => {
            e.msg == "invalid syntax" || e.msg == "f-string: invalid syntax"
        }
        super::Failure::TooDeep(_) => false,
    }
}
