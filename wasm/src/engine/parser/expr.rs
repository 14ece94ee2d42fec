//! Expressions, from `star_expressions` down to atoms. Binary operators are
//! parsed by precedence climbing; chains of unary operators, `**`, `not`,
//! lambdas and conditional expressions are parsed in loops, so long chains
//! cost no native stack.

use super::{LastDisjunction, PResult, Parser};
use crate::engine::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Span, UnaryOp,
};
use crate::engine::literal;
use crate::engine::token::TokenKind as T;

// Binding powers, loosest first.
const BP_OR: u8 = 1;
const BP_AND: u8 = 2;
const BP_NOT: u8 = 3;
const BP_CMP: u8 = 4;
const BP_BITOR: u8 = 5;
const BP_UNARY: u8 = 11;
const BP_POW: u8 = 12;
/// An `await` operand is a primary: no operator binds that tightly.
const BP_AWAIT: u8 = 13;

/// A prefix operator awaiting its operand.
#[derive(Clone, Copy)]
enum Prefix {
    Not,
    Unary(UnaryOp),
    Await,
}

/// Binding power and operator of a binary operator token (`|` through `*`).
fn binop(k: T) -> Option<(u8, BinOp)> {
    Some(match k {
        T::VBar => (5, BinOp::BitOr),
        T::Circumflex => (6, BinOp::BitXor),
        T::Amper => (7, BinOp::BitAnd),
        T::LeftShift => (8, BinOp::LShift),
        T::RightShift => (8, BinOp::RShift),
        T::Plus => (9, BinOp::Add),
        T::Minus => (9, BinOp::Sub),
        T::Star => (10, BinOp::Mult),
        T::Slash => (10, BinOp::Div),
        T::DoubleSlash => (10, BinOp::FloorDiv),
        T::Percent => (10, BinOp::Mod),
        T::At => (10, BinOp::MatMult),
        _ => return None,
    })
}

/// True for tokens that can begin an expression.
pub(super) fn starts_expression(k: T) -> bool {
    matches!(
        k,
        T::Name
            | T::Number
            | T::String
            | T::LPar
            | T::LSqb
            | T::LBrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Not
            | T::Lambda
            | T::Await
            | T::True
            | T::False
            | T::None
            | T::Ellipsis
    )
}

pub(super) fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { span, kind }
}

impl<'a> Parser<'a> {
    fn leaf(&mut self, kind: ExprKind, span: Span) -> Expr {
        self.d = 1;
        expr(kind, span)
    }

    /// `star_expressions`: a `star_expression`, or a tuple of them.
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.tok().start;
        let first = self.star_expression()?;
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
            elts.push(self.star_expression()?);
            d = d.max(self.d);
        }
        let span = Span::new(start, self.prev_end());
        self.deepen(d, span)?;
        self.bare_tuple = Some(span);
        Ok(expr(ExprKind::Tuple(elts), span))
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let star = self.bump();
            let value = self.bitwise_or()?;
            let span = Span::new(star.start, self.prev_end());
            self.deepen(self.d, span)?;
            return Ok(expr(ExprKind::Starred(Box::new(value)), span));
        }
        self.expression()
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let star = self.bump();
            let value = self.bitwise_or()?;
            let span = Span::new(star.start, self.prev_end());
            self.deepen(self.d, span)?;
            return Ok(expr(ExprKind::Starred(Box::new(value)), span));
        }
        self.named_expression()
    }

    /// `named_expression`: `NAME := expression` or an expression.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Name) && self.nth(1) == T::ColonEqual {
            return self.assignment_expression();
        }
        let e = self.expression()?;
        match self.kind() {
            T::ColonEqual => Err(self.walrus_target_error(&e)),
            T::Equal => Err(self.misplaced_equal(&e)),
            _ => Ok(e),
        }
    }

    /// `NAME := expression` (the current token is the name).
    pub(crate) fn assignment_expression(&mut self) -> PResult<Expr> {
        let name = self.bump();
        self.bump();
        let id = self.ident(name);
        let target = self.leaf(ExprKind::Name(id), Span::new(name.start, name.end));
        let value = self.expression()?;
        let span = Span::new(name.start, self.prev_end());
        self.deepen(self.d, span)?;
        Ok(expr(
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            span,
        ))
    }

    /// `e := value` where `e` is no name: CPython names `e` if an expression
    /// follows (the current token is the `:=`).
    pub(super) fn walrus_target_error(&mut self, e: &Expr) -> Box<super::Failure> {
        if self.speculating == 0 {
            let at = self.pos;
            self.bump();
            let value = self.speculate(|p| p.expression());
            self.pos = at;
            if value.is_some() {
                return self.error_at(
                    e.span,
                    format!(
                        "cannot use assignment expressions with {}",
                        super::target::expr_name(e)
                    ),
                );
            }
        }
        self.invalid()
    }

    /// CPython's `invalid_named_expression`: `x = 1` where a condition or
    /// element was expected. The current token is the `=`.
    pub(super) fn misplaced_equal(&mut self, e: &Expr) -> Box<super::Failure> {
        if self.speculating > 0 {
            return self.invalid();
        }
        let eq_pos = self.pos;
        let max_pos = self.max_pos;
        let single_name = matches!(e.kind, ExprKind::Name(_))
            && self.toks.get(eq_pos.wrapping_sub(1)).is_some_and(|t| {
                t.kind == T::Name && t.start == e.span.start && t.end == e.span.end
            });
        let eligible = single_name || (is_bitwise_or_level(e) && !starts_with_excluded(e));
        if eligible {
            self.bump();
            let rhs = self.speculate(|p| p.bitwise_or());
            let next = self.kind();
            self.pos = eq_pos;
            self.max_pos = max_pos;
            if let Some(rhs) = rhs {
                if !matches!(next, T::Equal | T::ColonEqual) {
                    return if single_name {
                        self.error_at(
                            Span::new(e.span.start, rhs.span.end),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                        )
                    } else {
                        self.error_at(
                            e.span,
                            format!(
                                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                super::target::expr_name(e)
                            ),
                        )
                    };
                }
            }
        }
        self.invalid()
    }

    /// `expression`: a lambda, a conditional expression or a disjunction.
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.expression_with(true)
    }

    /// CPython's `expression_without_invalid`, used to probe for a missing comma.
    pub(super) fn expression_without_invalid(&mut self) -> PResult<Expr> {
        self.expression_with(false)
    }

    /// The common case (a plain disjunction) stays in this small frame, which
    /// is on the native stack once per bracket level; lambdas and conditional
    /// expressions go to `expression_chain`.
    fn expression_with(&mut self, diagnose: bool) -> PResult<Expr> {
        if self.at(T::Lambda) {
            self.expression_chain(diagnose, None)
        } else {
            let start_tok = self.pos;
            let start = self.tok().start;
            match self.climb(BP_OR) {
                Ok(a) => {
                    self.note_disjunction(start_tok, &a);
                    if self.at(T::If) {
                        self.chain_start = start;
                        self.expression_chain(diagnose, Some(a))
                    } else {
                        Ok(a)
                    }
                }
                Err(e) => Err(e),
            }
        }
    }

    #[inline(never)]
    fn expression_chain(&mut self, diagnose: bool, mut first: Option<Expr>) -> PResult<Expr> {
        enum Frame {
            Lambda(Box<Arguments>, u32, u32),
            IfElse(Expr, Expr, u32, u32),
        }
        let mut frames: Vec<Frame> = Vec::new();
        let mut e = loop {
            if self.at(T::Lambda) {
                let kw = self.bump();
                let (args, d) = self.lambda_params()?;
                self.expect(T::Colon)?;
                frames.push(Frame::Lambda(Box::new(args), kw.start, d));
                continue;
            }
            let a_start = match &first {
                Some(_) => self.chain_start,
                None => self.tok().start,
            };
            let a = match first.take() {
                Some(a) => a,
                None => {
                    let start_tok = self.pos;
                    let a = self.climb(BP_OR)?;
                    self.note_disjunction(start_tok, &a);
                    a
                }
            };
            let da = self.d;
            if !self.at(T::If) {
                break a;
            }
            let if_pos = self.pos;
            self.bump();
            let start_tok = self.pos;
            let b = match self.climb(BP_OR) {
                Ok(b) => b,
                // A probe backtracks like CPython's PEG parser: without a valid
                // condition, the expression is just `a`.
                Err(_) if self.speculating > 0 => {
                    self.pos = if_pos;
                    break a;
                }
                Err(e) => return Err(e),
            };
            self.note_disjunction(start_tok, &b);
            let db = self.d;
            if !self.at(T::Else) {
                if self.speculating > 0 {
                    self.pos = if_pos;
                    break a;
                }
                if diagnose && !self.at(T::Colon) {
                    return Err(self.error_at(
                        Span::new(a.span.start, b.span.end),
                        "expected 'else' after 'if' expression".into(),
                    ));
                }
                return Err(self.invalid());
            }
            self.bump();
            frames.push(Frame::IfElse(a, b, da.max(db), a_start));
        };
        // Every node of the chain ends where its innermost part does.
        let end = self.prev_end();
        while let Some(f) = frames.pop() {
            let inner = self.d;
            e = match f {
                Frame::Lambda(args, start, d) => {
                    let span = Span::new(start, end);
                    self.deepen(inner.max(d), span)?;
                    expr(
                        ExprKind::Lambda {
                            args,
                            body: Box::new(e),
                        },
                        span,
                    )
                }
                Frame::IfElse(body, test, d, start) => {
                    let span = Span::new(start, end);
                    self.deepen(inner.max(d), span)?;
                    expr(
                        ExprKind::IfExp {
                            test: Box::new(test),
                            body: Box::new(body),
                            orelse: Box::new(e),
                        },
                        span,
                    )
                }
            };
        }
        Ok(e)
    }

    fn note_disjunction(&mut self, start_tok: usize, e: &Expr) {
        self.last_disj = Some(LastDisjunction {
            start_tok,
            end_tok: self.pos,
            span: e.span,
        });
    }

    /// `bitwise_or` and everything that binds tighter.
    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.climb(BP_BITOR)
    }

    /// Precedence climbing over `or` ... `await`: parses an operand whose
    /// operators all bind at least as tightly as `min`. Prefix operators are
    /// collected in a loop, so `not not ... x` and `- - ... x` use no recursion;
    /// a right operand recurses once per precedence tier at most.
    fn climb(&mut self, min: u8) -> PResult<Expr> {
        // Each prefix: where it starts, what it is, and the level to go on at
        // once its operand is complete.
        let mut prefixes: Vec<(u32, Prefix, u8)> = Vec::new();
        let mut cur = min;
        loop {
            let t = self.tok();
            let (p, operand_level) = match t.kind {
                T::Not if cur <= BP_NOT => (Prefix::Not, BP_NOT),
                T::Minus if cur <= BP_UNARY => (Prefix::Unary(UnaryOp::USub), BP_UNARY),
                T::Plus if cur <= BP_UNARY => (Prefix::Unary(UnaryOp::UAdd), BP_UNARY),
                T::Tilde if cur <= BP_UNARY => (Prefix::Unary(UnaryOp::Invert), BP_UNARY),
                T::Await if cur <= BP_POW => (Prefix::Await, BP_AWAIT),
                _ => break,
            };
            self.bump();
            prefixes.push((t.start, p, cur));
            cur = operand_level;
        }
        let pstart = self.tok().start;
        let e = self.primary()?;
        let mut e = self.infix(e, cur, pstart)?;
        while let Some((start, p, outer)) = prefixes.pop() {
            let span = Span::new(start, self.prev_end());
            self.deepen(self.d, span)?;
            let kind = match p {
                Prefix::Not => ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(e),
                },
                Prefix::Unary(op) => ExprKind::UnaryOp {
                    op,
                    operand: Box::new(e),
                },
                Prefix::Await => ExprKind::Await(Box::new(e)),
            };
            e = self.infix(expr(kind, span), outer, start)?;
        }
        Ok(e)
    }

    /// Applies the infix operators binding at least as tightly as `min` to
    /// `left`, whose first token starts at `start` (a node's span runs from its
    /// first token to its last, parentheses of its operands included).
    fn infix(&mut self, mut left: Expr, min: u8, start: u32) -> PResult<Expr> {
        let mut d = self.d;
        loop {
            let k = self.kind();
            if let Some((bp, op)) = binop(k) {
                if bp < min {
                    break;
                }
                self.bump();
                let right = self.climb(bp + 1)?;
                let span = Span::new(start, self.prev_end());
                self.deepen(d.max(self.d), span)?;
                d = self.d;
                left = expr(
                    ExprKind::BinOp {
                        left: Box::new(left),
                        op,
                        right: Box::new(right),
                    },
                    span,
                );
                continue;
            }
            left = match k {
                T::DoubleStar if BP_POW >= min => {
                    self.d = d;
                    self.power_chain(left, start)?
                }
                T::And if BP_AND >= min => {
                    self.d = d;
                    self.bool_chain(left, start, T::And, BoolOp::And, BP_AND)?
                }
                T::Or if BP_OR >= min => {
                    self.d = d;
                    self.bool_chain(left, start, T::Or, BoolOp::Or, BP_OR)?
                }
                _ if BP_CMP >= min && self.at_comparison() => {
                    self.d = d;
                    self.compare_chain(left, start)?
                }
                _ => break,
            };
            d = self.d;
        }
        self.d = d;
        Ok(left)
    }

    fn bool_chain(&mut self, first: Expr, start: u32, tok: T, op: BoolOp, bp: u8) -> PResult<Expr> {
        let mut d = self.d;
        let mut values = vec![first];
        while self.eat(tok) {
            values.push(self.climb(bp + 1)?);
            d = d.max(self.d);
        }
        let span = Span::new(start, self.prev_end());
        self.deepen(d, span)?;
        Ok(expr(ExprKind::BoolOp { op, values }, span))
    }

    fn at_comparison(&mut self) -> bool {
        match self.kind() {
            T::EqEqual
            | T::NotEqual
            | T::Less
            | T::LessEqual
            | T::Greater
            | T::GreaterEqual
            | T::In
            | T::Is => true,
            T::Not => self.nth(1) == T::In,
            _ => false,
        }
    }

    fn compare_chain(&mut self, left: Expr, start: u32) -> PResult<Expr> {
        let mut d = self.d;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.kind() {
                T::EqEqual => CmpOp::Eq,
                T::NotEqual => CmpOp::NotEq,
                T::Less => CmpOp::Lt,
                T::LessEqual => CmpOp::LtE,
                T::Greater => CmpOp::Gt,
                T::GreaterEqual => CmpOp::GtE,
                T::In => CmpOp::In,
                T::Is => {
                    if self.nth(1) == T::Not {
                        self.bump();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                T::Not if self.nth(1) == T::In => {
                    self.bump();
                    CmpOp::NotIn
                }
                _ => break,
            };
            self.bump();
            ops.push(op);
            comparators.push(self.climb(BP_BITOR)?);
            d = d.max(self.d);
        }
        let span = Span::new(start, self.prev_end());
        self.deepen(d, span)?;
        Ok(expr(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            span,
        ))
    }

    /// `left ** factor ** factor ...`, right-associative, without recursion:
    /// each right operand is unary operators, an optional `await` and a primary.
    fn power_chain(&mut self, left: Expr, start: u32) -> PResult<Expr> {
        // Each left operand with its start and depth, and the prefixes (with
        // their starts) of the operand after it.
        type Link = (Expr, u32, u32, Vec<(u32, Prefix)>);
        let mut chain: Vec<Link> = Vec::new();
        let mut base = left;
        let mut base_start = start;
        let mut dbase = self.d;
        while self.eat(T::DoubleStar) {
            let mut ops = Vec::new();
            loop {
                let t = self.tok();
                let p = match t.kind {
                    T::Minus => Prefix::Unary(UnaryOp::USub),
                    T::Plus => Prefix::Unary(UnaryOp::UAdd),
                    T::Tilde => Prefix::Unary(UnaryOp::Invert),
                    T::Await => Prefix::Await,
                    _ => break,
                };
                self.bump();
                ops.push((t.start, p));
                if matches!(p, Prefix::Await) {
                    break;
                }
            }
            let operand_start = self.tok().start;
            let operand = self.primary()?;
            let d = self.d;
            chain.push((base, base_start, dbase, ops));
            base = operand;
            base_start = operand_start;
            dbase = d;
        }
        // All the nodes of the chain end where its last operand does.
        let end = self.prev_end();
        let mut acc = base;
        self.d = dbase;
        while let Some((left, left_start, dleft, mut ops)) = chain.pop() {
            while let Some((start, p)) = ops.pop() {
                let span = Span::new(start, end);
                self.deepen(self.d, span)?;
                let kind = match p {
                    Prefix::Unary(op) => ExprKind::UnaryOp {
                        op,
                        operand: Box::new(acc),
                    },
                    Prefix::Not => ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        operand: Box::new(acc),
                    },
                    Prefix::Await => ExprKind::Await(Box::new(acc)),
                };
                acc = expr(kind, span);
            }
            let span = Span::new(left_start, end);
            self.deepen(dleft.max(self.d), span)?;
            acc = expr(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op: BinOp::Pow,
                    right: Box::new(acc),
                },
                span,
            );
        }
        Ok(acc)
    }

    /// An atom followed by attribute, call and subscript trailers.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.tok().start;
        let mut e = self.atom()?;
        let mut d = self.d;
        loop {
            match self.kind() {
                T::Dot => {
                    self.bump();
                    let name = self.expect(T::Name)?;
                    let span = Span::new(start, name.end);
                    self.deepen(d, span)?;
                    e = expr(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr: self.ident(name),
                            attr_span: Span::new(name.start, name.end),
                        },
                        span,
                    );
                }
                T::LPar => {
                    let (args, keywords, da) = self.call_arguments(true)?;
                    let span = Span::new(start, self.prev_end());
                    self.deepen(d.max(da), span)?;
                    e = expr(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        span,
                    );
                }
                T::LSqb => {
                    self.bump();
                    self.enter()?;
                    let slice = self.slices();
                    self.leave();
                    let slice = slice?;
                    let ds = self.d;
                    self.close(T::RSqb)?;
                    let span = Span::new(start, self.prev_end());
                    self.deepen(d.max(ds), span)?;
                    e = expr(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                        },
                        span,
                    );
                }
                _ => break,
            }
            d = self.d;
        }
        self.d = d;
        Ok(e)
    }

    /// Expects a closing bracket after an element.
    pub(super) fn close(&mut self, k: T) -> PResult<()> {
        if self.eat(k) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    /// The inside of `[...]` after a primary.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.tok().start;
        let first = self.slice_item()?;
        if !self.at(T::Comma) {
            // In 3.11's grammar a lone `*x` is no `slice`: it makes a tuple.
            if matches!(first.kind, ExprKind::Starred(_)) {
                let span = Span::new(start, self.prev_end());
                self.deepen(self.d, span)?;
                return Ok(expr(ExprKind::Tuple(vec![first]), span));
            }
            return Ok(first);
        }
        let mut d = self.d;
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::RSqb) {
                break;
            }
            elts.push(self.slice_item()?);
            d = d.max(self.d);
        }
        let span = Span::new(start, self.prev_end());
        self.deepen(d, span)?;
        Ok(expr(ExprKind::Tuple(elts), span))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let start = self.tok().start;
        if self.at(T::Star) {
            let star = self.bump();
            let value = self.expression()?;
            let span = Span::new(star.start, self.prev_end());
            self.deepen(self.d, span)?;
            return Ok(expr(ExprKind::Starred(Box::new(value)), span));
        }
        let mut d = 0;
        let lower = if self.at(T::Colon) {
            None
        } else {
            let e = self.named_expression_in_slice()?;
            if !self.at(T::Colon) {
                return Ok(e);
            }
            d = self.d;
            Some(Box::new(e))
        };
        self.bump();
        let mut part = |p: &mut Self| -> PResult<Option<Box<Expr>>> {
            if matches!(p.kind(), T::Colon | T::Comma | T::RSqb) {
                return Ok(None);
            }
            let e = p.expression()?;
            d = d.max(p.d);
            Ok(Some(Box::new(e)))
        };
        let upper = part(self)?;
        let step = if self.eat(T::Colon) {
            part(self)?
        } else {
            None
        };
        let span = Span::new(start, self.prev_end());
        self.deepen(d, span)?;
        Ok(expr(ExprKind::Slice { lower, upper, step }, span))
    }

    /// A slice's lower bound: a named expression (walrus allowed) unless a
    /// `:` follows, in which case only an expression.
    fn named_expression_in_slice(&mut self) -> PResult<Expr> {
        if self.at(T::Name) && self.nth(1) == T::ColonEqual {
            return self.assignment_expression();
        }
        let e = self.expression()?;
        if self.at(T::Equal) {
            return Err(self.misplaced_equal(&e));
        }
        Ok(e)
    }

    /// Atoms: names, literals, and bracketed displays.
    fn atom(&mut self) -> PResult<Expr> {
        let t = self.tok();
        let span = Span::new(t.start, t.end);
        match t.kind {
            T::Name => {
                self.bump();
                let id = self.ident(t);
                Ok(self.leaf(ExprKind::Name(id), span))
            }
            T::True => {
                self.bump();
                Ok(self.leaf(ExprKind::Constant(Constant::Bool(true)), span))
            }
            T::False => {
                self.bump();
                Ok(self.leaf(ExprKind::Constant(Constant::Bool(false)), span))
            }
            T::None => {
                self.bump();
                Ok(self.leaf(ExprKind::Constant(Constant::None), span))
            }
            T::Ellipsis => {
                self.bump();
                Ok(self.leaf(ExprKind::Constant(Constant::Ellipsis), span))
            }
            T::Number => {
                self.bump();
                let value = literal::number_value(self.text(t));
                Ok(self.leaf(ExprKind::Constant(value), span))
            }
            T::String => self.strings(),
            T::LPar => self.bracketed(Self::paren_atom),
            T::LSqb => self.bracketed(Self::list_atom),
            T::LBrace => self.bracketed(Self::brace_atom),
            _ => Err(self.invalid()),
        }
    }

    /// A parenthesized atom (the current token is the `(`).
    pub(super) fn primary_paren(&mut self) -> PResult<Expr> {
        self.bracketed(Self::paren_atom)
    }

    fn bracketed(&mut self, f: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        self.enter()?;
        let r = f(self);
        self.leave();
        r
    }

    /// `(...)`: empty tuple, group, tuple, generator expression or `(yield)`.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        match self.kind() {
            T::RPar => {
                let close = self.bump();
                return Ok(self.leaf(
                    ExprKind::Tuple(Vec::new()),
                    Span::new(open.start, close.end),
                ));
            }
            T::Yield => {
                let e = self.yield_expr()?;
                self.close(T::RPar)?;
                return Ok(e);
            }
            T::DoubleStar => {
                let star = self.bump();
                if let Some(_e) = self.speculate(|p| p.expression()) {
                    if self.at(T::RPar) {
                        return Err(self.error_at(
                            Span::new(star.start, star.end),
                            "cannot use double starred expression here".into(),
                        ));
                    }
                }
                return Err(self.invalid());
            }
            _ => {}
        }
        let first = self.star_named_expression()?;
        let mut d = self.d;
        match self.kind() {
            T::For | T::Async => {
                if matches!(first.kind, ExprKind::Starred(_)) {
                    return Err(self.error_at(
                        first.span,
                        "iterable unpacking cannot be used in comprehension".into(),
                    ));
                }
                let (generators, dg) = self.comprehension_clauses()?;
                self.close(T::RPar)?;
                let span = Span::new(open.start, self.prev_end());
                self.deepen(d.max(dg), span)?;
                Ok(expr(
                    ExprKind::GeneratorExp {
                        elt: Box::new(first),
                        generators,
                    },
                    span,
                ))
            }
            T::RPar => {
                if matches!(first.kind, ExprKind::Starred(_)) {
                    return Err(
                        self.error_at(first.span, "cannot use starred expression here".into())
                    );
                }
                self.bump();
                Ok(first)
            }
            T::Comma => {
                let mut elts = vec![first];
                while self.eat(T::Comma) {
                    if self.at(T::RPar) {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                    d = d.max(self.d);
                }
                self.close(T::RPar)?;
                let span = Span::new(open.start, self.prev_end());
                self.deepen(d, span)?;
                Ok(expr(ExprKind::Tuple(elts), span))
            }
            _ => Err(self.invalid()),
        }
    }

    /// `[...]`: list display or list comprehension.
    fn list_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if self.at(T::RSqb) {
            let close = self.bump();
            return Ok(self.leaf(ExprKind::List(Vec::new()), Span::new(open.start, close.end)));
        }
        let first = self.star_named_expression()?;
        let mut d = self.d;
        if matches!(self.kind(), T::For | T::Async) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.error_at(
                    first.span,
                    "iterable unpacking cannot be used in comprehension".into(),
                ));
            }
            let (generators, dg) = self.comprehension_clauses()?;
            self.close(T::RSqb)?;
            let span = Span::new(open.start, self.prev_end());
            self.deepen(d.max(dg), span)?;
            return Ok(expr(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                span,
            ));
        }
        let mut elts = vec![first];
        while self.at(T::Comma) {
            let comma = self.bump();
            if self.at_comprehension() {
                return Err(self.comprehension_target_error(&elts, comma));
            }
            if self.at(T::RSqb) {
                break;
            }
            elts.push(self.star_named_expression()?);
            d = d.max(self.d);
        }
        if self.at_comprehension() && elts.len() > 1 {
            let last = self.toks[self.pos - 1];
            return Err(self.comprehension_target_error(&elts, last));
        }
        self.close(T::RSqb)?;
        let span = Span::new(open.start, self.prev_end());
        self.deepen(d, span)?;
        Ok(expr(ExprKind::List(elts), span))
    }

    /// At `for` or `async for`.
    fn at_comprehension(&mut self) -> bool {
        self.at(T::For) || (self.at(T::Async) && self.nth(1) == T::For)
    }

    /// "did you forget parentheses around the comprehension target?"
    fn comprehension_target_error(
        &mut self,
        elts: &[Expr],
        last: crate::engine::token::Token,
    ) -> Box<super::Failure> {
        let start = elts[0].span.start;
        // CPython's range ends at the lone comma, or at the last element.
        let end = if elts.len() == 1 {
            last.end
        } else {
            elts[elts.len() - 1].span.end
        };
        if self.speculate(|p| p.comprehension_clauses()).is_some() {
            return self.error_at(
                Span::new(start, end),
                "did you forget parentheses around the comprehension target?".into(),
            );
        }
        self.invalid()
    }

    /// `{...}`: dict or set display, or their comprehensions.
    fn brace_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if self.at(T::RBrace) {
            let close = self.bump();
            return Ok(self.leaf(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                Span::new(open.start, close.end),
            ));
        }
        if self.at(T::DoubleStar) {
            let star = self.bump();
            let value = self.bitwise_or()?;
            let d = self.d;
            if matches!(self.kind(), T::For | T::Async) {
                if self.speculate(|p| p.comprehension_clauses()).is_some() && self.at(T::RBrace) {
                    return Err(self.error_at(
                        Span::new(star.start, star.end),
                        "dict unpacking cannot be used in dict comprehension".into(),
                    ));
                }
                return Err(self.invalid());
            }
            return self.dict_rest(open.start, vec![None], vec![value], d);
        }
        let first_start = self.tok().start;
        let first = self.star_named_expression()?;
        let d = self.d;
        // A starred item or an unparenthesized `:=` cannot be a key.
        let bare_walrus =
            matches!(first.kind, ExprKind::NamedExpr { .. }) && first.span.start == first_start;
        if self.at(T::Colon) && !matches!(first.kind, ExprKind::Starred(_)) && !bare_walrus {
            let colon = self.bump();
            let value = self.dict_value(colon)?;
            let d = d.max(self.d);
            if matches!(self.kind(), T::For | T::Async) {
                let (generators, dg) = self.comprehension_clauses()?;
                self.close(T::RBrace)?;
                let span = Span::new(open.start, self.prev_end());
                self.deepen(d.max(dg), span)?;
                return Ok(expr(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    span,
                ));
            }
            return self.dict_rest(open.start, vec![Some(first)], vec![value], d);
        }
        // A set.
        let mut d = d;
        if matches!(self.kind(), T::For | T::Async) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.error_at(
                    first.span,
                    "iterable unpacking cannot be used in comprehension".into(),
                ));
            }
            let (generators, dg) = self.comprehension_clauses()?;
            self.close(T::RBrace)?;
            let span = Span::new(open.start, self.prev_end());
            self.deepen(d.max(dg), span)?;
            return Ok(expr(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                span,
            ));
        }
        let mut elts = vec![first];
        while self.at(T::Comma) {
            let comma = self.bump();
            if self.at_comprehension() {
                return Err(self.comprehension_target_error(&elts, comma));
            }
            if self.at(T::RBrace) {
                break;
            }
            elts.push(self.star_named_expression()?);
            d = d.max(self.d);
        }
        if self.at_comprehension() && elts.len() > 1 {
            let last = self.toks[self.pos - 1];
            return Err(self.comprehension_target_error(&elts, last));
        }
        self.close(T::RBrace)?;
        let span = Span::new(open.start, self.prev_end());
        self.deepen(d, span)?;
        Ok(expr(ExprKind::Set(elts), span))
    }

    /// A dict value after its `:`.
    fn dict_value(&mut self, colon: crate::engine::token::Token) -> PResult<Expr> {
        match self.kind() {
            T::RBrace | T::Comma => Err(self.error_at(
                Span::new(colon.start, colon.end),
                "expression expected after dictionary key and ':'".into(),
            )),
            T::Star => {
                let star = self.bump();
                match self.speculate(|p| p.bitwise_or()) {
                    Some(v) => Err(self.error_at(
                        Span::new(star.start, v.span.end),
                        "cannot use a starred expression in a dictionary value".into(),
                    )),
                    None => Err(self.invalid()),
                }
            }
            _ => self.expression(),
        }
    }

    /// The items of a dict display after the first.
    fn dict_rest(
        &mut self,
        start: u32,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
        mut d: u32,
    ) -> PResult<Expr> {
        while self.eat(T::Comma) {
            if self.at(T::RBrace) {
                break;
            }
            if self.at(T::DoubleStar) {
                self.bump();
                values.push(self.bitwise_or()?);
                keys.push(None);
                d = d.max(self.d);
                continue;
            }
            let key = self.expression()?;
            d = d.max(self.d);
            if !self.at(T::Colon) {
                if self.speculating == 0 && matches!(self.kind(), T::RBrace | T::Comma) {
                    let at = self.char_before(key.span.end);
                    return Err(self.error_at(
                        Span::new(at, at),
                        "':' expected after dictionary key".into(),
                    ));
                }
                return Err(self.invalid());
            }
            let colon = self.bump();
            let value = self.dict_value(colon)?;
            d = d.max(self.d);
            keys.push(Some(key));
            values.push(value);
        }
        self.close(T::RBrace)?;
        let span = Span::new(start, self.prev_end());
        self.deepen(d, span)?;
        Ok(expr(ExprKind::Dict { keys, values }, span))
    }

    /// `for ... in ... if ...` clauses; returns them and their greatest depth.
    pub(super) fn comprehension_clauses(&mut self) -> PResult<(Vec<Comprehension>, u32)> {
        let mut gens = Vec::new();
        let mut d = 0;
        loop {
            let is_async = if self.at(T::Async) && self.nth(1) == T::For {
                self.bump();
                true
            } else {
                false
            };
            if !self.at(T::For) {
                if is_async {
                    return Err(self.invalid());
                }
                break;
            }
            self.bump();
            let target = self.for_target()?;
            d = d.max(self.d);
            self.expect(T::In)?;
            // Plain disjunctions: CPython's missing-comma hint follows only
            // those parsed as an `expression`.
            let iter = self.climb(BP_OR)?;
            d = d.max(self.d);
            let mut ifs = Vec::new();
            while self.eat(T::If) {
                ifs.push(self.climb(BP_OR)?);
                d = d.max(self.d);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok((gens, d))
    }

    /// `yield [star_expressions]` or `yield from expression`.
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let kw = self.bump();
        if self.eat(T::From) {
            let e = self.expression()?;
            let span = Span::new(kw.start, self.prev_end());
            self.deepen(self.d, span)?;
            return Ok(expr(ExprKind::YieldFrom(Box::new(e)), span));
        }
        let k = self.kind();
        if starts_expression(k) || k == T::Star {
            let e = self.star_expressions()?;
            let span = Span::new(kw.start, self.prev_end());
            self.deepen(self.d, span)?;
            return Ok(expr(ExprKind::Yield(Some(Box::new(e))), span));
        }
        Ok(self.leaf(ExprKind::Yield(None), Span::new(kw.start, kw.end)))
    }
}

/// True for expressions CPython's `bitwise_or` rule can produce.
pub(super) fn is_bitwise_or_level(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Starred(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => false,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::Tuple(_) => true,
        _ => true,
    }
}

/// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` lookahead before a
/// misplaced `=`: does the expression begin with one of those?
pub(super) fn starts_with_excluded(e: &Expr) -> bool {
    let mut cur = e;
    loop {
        let next = match &cur.kind {
            ExprKind::BinOp { left, .. } => left,
            ExprKind::Attribute { value, .. } => value,
            ExprKind::Subscript { value, .. } => value,
            ExprKind::Call { func, .. } => func,
            ExprKind::Compare { left, .. } => left,
            ExprKind::List(_) | ExprKind::GeneratorExp { .. } => {
                return cur.span.start == e.span.start
            }
            ExprKind::Tuple(_) => return cur.span.start == e.span.start,
            ExprKind::Constant(Constant::Bool(_) | Constant::None) => {
                return cur.span.start == e.span.start
            }
            _ => return false,
        };
        if next.span.start != e.span.start {
            return false;
        }
        cur = next;
    }
}
