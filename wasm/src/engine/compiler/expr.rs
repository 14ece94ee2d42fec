//! Expressions: operators, calls, displays, comprehensions, f-strings, yields.

use super::builder::Label;
use super::codegen::{comp_name, syntax, unsupported, Compiler};
use super::symtable::{Resolution, ScopeKind};
use crate::engine::ast::*;
use crate::engine::bytecode::{BinOpKind, CmpKind, Conversion, Op};
use crate::engine::error::CompileError;
use crate::engine::value::Value;

/// The bytecode operator for an AST operator.
pub(super) fn binop_kind(op: BinOp) -> BinOpKind {
    match op {
        BinOp::Add => BinOpKind::Add,
        BinOp::Sub => BinOpKind::Sub,
        BinOp::Mult => BinOpKind::Mul,
        BinOp::MatMult => BinOpKind::MatMul,
        BinOp::Div => BinOpKind::TrueDiv,
        BinOp::Mod => BinOpKind::Mod,
        BinOp::Pow => BinOpKind::Pow,
        BinOp::LShift => BinOpKind::LShift,
        BinOp::RShift => BinOpKind::RShift,
        BinOp::BitOr => BinOpKind::Or,
        BinOp::BitXor => BinOpKind::Xor,
        BinOp::BitAnd => BinOpKind::And,
        BinOp::FloorDiv => BinOpKind::FloorDiv,
    }
}

fn constant_value(c: &Constant, span: Span) -> Result<Value, CompileError> {
    Ok(match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::from_bigint((**b).clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Imaginary(_) => return Err(unsupported("complex numbers", span)),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(std::rc::Rc::new(b.clone())),
    })
}

/// A tuple display made only of constants folds into one constant.
fn fold_tuple(items: &[Expr]) -> Option<Vec<Value>> {
    items.iter().map(fold_const).collect()
}

/// The value of an expression CPython's AST optimiser folds into a constant:
/// literals, and unary and binary arithmetic on numbers with small results.
fn fold_const(e: &Expr) -> Option<Value> {
    use crate::engine::numeric::Int;
    use crate::engine::vm::arith::{as_int, int_value};
    match &e.kind {
        ExprKind::Constant(c) => constant_value(c, e.span).ok(),
        ExprKind::UnaryOp { op, operand } => {
            let v = fold_const(operand)?;
            match (op, &v) {
                (UnaryOp::USub, Value::Float(f)) => Some(Value::Float(-f)),
                (UnaryOp::UAdd, Value::Float(_)) => Some(v.clone()),
                (UnaryOp::USub, _) => as_int(&v)
                    .filter(|_| !matches!(v, Value::Bool(_)))
                    .map(|i| int_value(i.neg())),
                (UnaryOp::UAdd, Value::Int(_) | Value::BigInt(_)) => Some(v.clone()),
                (UnaryOp::Invert, Value::Int(_) | Value::BigInt(_)) => {
                    as_int(&v).map(|i| int_value(i.invert()))
                }
                _ => None,
            }
        }
        ExprKind::BinOp { left, op, right } => {
            let (a, b) = (fold_const(left)?, fold_const(right)?);
            if matches!(a, Value::Bool(_)) || matches!(b, Value::Bool(_)) {
                return None;
            }
            // CPython folds only results that stay small (128 bits for ints).
            const MAX_BITS: u64 = 128;
            let small = |i: Int| (i.bit_length() <= MAX_BITS).then(|| int_value(i));
            match (as_int(&a), as_int(&b)) {
                (Some(x), Some(y)) => match op {
                    BinOp::Add => small(x.add(&y)),
                    BinOp::Sub => small(x.sub(&y)),
                    BinOp::Mult => x.mul(&y).ok().and_then(small),
                    BinOp::Pow => {
                        if y.is_negative()
                            || x.bit_length().saturating_mul(y.to_i64()? as u64) > MAX_BITS
                        {
                            return None;
                        }
                        match x.pow(&y).ok()? {
                            crate::engine::numeric::int_ops::IntPow::Int(i) => small(i),
                            crate::engine::numeric::int_ops::IntPow::Float(_) => None,
                        }
                    }
                    BinOp::LShift => {
                        if y.is_negative() || x.bit_length() + y.to_i64()? as u64 > MAX_BITS {
                            return None;
                        }
                        x.lshift(&y).ok().and_then(small)
                    }
                    BinOp::BitOr => Some(int_value(x.bitor(&y))),
                    BinOp::BitAnd => Some(int_value(x.bitand(&y))),
                    BinOp::BitXor => Some(int_value(x.bitxor(&y))),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// Compiles an expression, leaving its value on the stack.
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        let outer = self.set_span(e.span);
        let r = self.expr_inner(e);
        self.set_span(outer);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = constant_value(c, e.span)?;
                self.load_const(v);
            }
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::BoolOp { op, values } => {
                let end = self.b().label();
                let jump = match op {
                    BoolOp::And => Op::JumpIfFalseOrPop(0),
                    BoolOp::Or => Op::JumpIfTrueOrPop(0),
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.b().emit_jump(jump, end);
                    }
                }
                self.b().bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy(1));
                match &target.kind {
                    ExprKind::Name(n) => self.store_name(n),
                    _ => {
                        return Err(syntax(
                            "cannot use assignment expressions with this target",
                            target.span,
                        ))
                    }
                }
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_span(e.span);
                self.emit(Op::BinaryOp(binop_kind(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.set_span(e.span);
                self.emit(match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPos,
                    UnaryOp::USub => Op::UnaryNeg,
                });
            }
            ExprKind::Lambda { args, body } => {
                let scope = self.scope_for(ScopeKind::Function, e.span)?;
                let flags = self.function_prelude(args, None)?;
                let line = self.line(e.span);
                let code = self.function_code(scope, "<lambda>", args, line, |c| {
                    c.expr(body)?;
                    c.emit(Op::ReturnValue);
                    Ok(())
                })?;
                self.make_closure(code, flags, e.span)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.b().label();
                let end = self.b().label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.b().emit_jump(Op::Jump(0), end);
                self.b().bind(else_l);
                self.expr(orelse)?;
                self.b().bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(items) => self.sequence_display(items, SeqKind::Set)?,
            ExprKind::List(items) => self.sequence_display(items, SeqKind::List)?,
            ExprKind::Tuple(items) => {
                if let Some(vals) = fold_tuple(items) {
                    if !vals.is_empty() {
                        self.load_const(Value::tuple(vals));
                        return Ok(());
                    }
                }
                self.sequence_display(items, SeqKind::Tuple)?
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Await(_) => return Err(unsupported("await", e.span)),
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.set_span(e.span);
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.set_span(e.span);
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                let start = self.b().label();
                let exit = self.b().label();
                self.b().bind(start);
                self.b().emit_jump(Op::Send(0), exit);
                self.emit(Op::YieldValue);
                self.b().emit_jump(Op::Jump(0), start);
                self.b().bind(exit);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut lhs: &Expr = left;
                for (op, rhs) in ops.iter().zip(comparators) {
                    self.warn(
                        e.span,
                        super::warnings::identity_with_literal(*op, lhs, rhs),
                    );
                    lhs = rhs;
                }
                self.expr(left)?;
                let n = ops.len();
                let last_in = matches!(ops[n - 1], CmpOp::In | CmpOp::NotIn);
                if n == 1 {
                    if last_in {
                        self.iter_operand(&comparators[0])?;
                    } else {
                        self.expr(&comparators[0])?;
                    }
                    self.set_span(e.span);
                    self.cmp_op(ops[0]);
                } else {
                    let cleanup = self.b().label();
                    let end = self.b().label();
                    for i in 0..n - 1 {
                        self.expr(&comparators[i])?;
                        self.set_span(e.span);
                        self.emit(Op::Swap(2));
                        self.emit(Op::Copy(2));
                        self.cmp_op(ops[i]);
                        self.b().emit_jump(Op::JumpIfFalseOrPop(0), cleanup);
                    }
                    if last_in {
                        self.iter_operand(&comparators[n - 1])?;
                    } else {
                        self.expr(&comparators[n - 1])?;
                    }
                    self.set_span(e.span);
                    self.cmp_op(ops[n - 1]);
                    self.b().emit_jump(Op::Jump(0), end);
                    self.b().bind(cleanup);
                    self.emit(Op::Swap(2));
                    self.emit(Op::Pop);
                    self.b().bind(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.warn(e.span, super::warnings::literal_called(func));
                self.call(func, args, keywords, e.span)?
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts, e.span)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.b().name(attr);
                self.set_span(self.attr_span(e.span, attr, e.span));
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.warn(e.span, super::warnings::literal_subscripted(value, slice));
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.set_span(e.span);
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(syntax("can't use starred expression here", e.span))
            }
            ExprKind::Slice { .. } => {
                self.subscript_key(e)?;
            }
        }
        Ok(())
    }

    fn cmp_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Op::CompareOp(CmpKind::Eq),
            CmpOp::NotEq => Op::CompareOp(CmpKind::Ne),
            CmpOp::Lt => Op::CompareOp(CmpKind::Lt),
            CmpOp::LtE => Op::CompareOp(CmpKind::Le),
            CmpOp::Gt => Op::CompareOp(CmpKind::Gt),
            CmpOp::GtE => Op::CompareOp(CmpKind::Ge),
            CmpOp::Is => Op::IsOp(false),
            CmpOp::IsNot => Op::IsOp(true),
            CmpOp::In => Op::ContainsOp(false),
            CmpOp::NotIn => Op::ContainsOp(true),
        });
    }

    /// Jumps to `target` when the truthiness of `e` equals `cond`.
    pub(super) fn jump_if(
        &mut self,
        e: &'a Expr,
        cond: bool,
        target: Label,
    ) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = matches!(op, BoolOp::And);
                if is_and != cond {
                    // `a and b` jumping when false / `a or b` jumping when true: any operand decides.
                    for v in values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.b().label();
                    let n = values.len();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.b().bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_span(e.span);
        let op = if cond {
            Op::PopJumpIfTrue(0)
        } else {
            Op::PopJumpIfFalse(0)
        };
        self.b().emit_jump(op, target);
        Ok(())
    }

    /// Pushes a subscript key: a slice object for `a:b:c`, else the expression.
    pub(super) fn subscript_key(&mut self, slice: &'a Expr) -> Result<(), CompileError> {
        match &slice.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => self.emit(Op::BuildSlice(2)),
                }
                Ok(())
            }
            _ => self.expr(slice),
        }
    }

    fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        span: Span,
    ) -> Result<(), CompileError> {
        super::codegen::check_repeated_keywords(keywords)?;
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if let ExprKind::Name(n) = &func.kind {
            if n == "super"
                && args.is_empty()
                && keywords.is_empty()
                && self.try_zero_arg_super(span)?
            {
                return Ok(());
            }
        }
        if !has_star {
            if let ExprKind::Attribute { value, attr, .. } = &func.kind {
                self.expr(value)?;
                let i = self.b().name(attr);
                self.set_span(self.attr_span(func.span, attr, func.span));
                self.emit(Op::LoadMethod(i));
                for a in args {
                    self.expr(a)?;
                }
                let names = self.keyword_values(keywords)?;
                self.set_span(self.attr_span(func.span, attr, span));
                match names {
                    None => self.emit(Op::CallMethod(args.len() as u32)),
                    Some(ni) => self.emit(Op::CallMethodKw {
                        argc: (args.len() + keywords.len()) as u16,
                        names: ni,
                    }),
                }
                return Ok(());
            }
            self.expr(func)?;
            for a in args {
                self.expr(a)?;
            }
            let names = self.keyword_values(keywords)?;
            self.set_span(span);
            match names {
                None => self.emit(Op::Call(args.len() as u32)),
                Some(ni) => self.emit(Op::CallKw {
                    argc: (args.len() + keywords.len()) as u16,
                    names: ni,
                }),
            }
            return Ok(());
        }
        self.expr(func)?;
        match args {
            // `f(*a)` passes `a` itself, as CPython does, so a non-iterable is named
            // as the call's argument.
            [Expr {
                kind: ExprKind::Starred(inner),
                ..
            }] => self.expr(inner)?,
            _ => self.sequence_display(args, SeqKind::Tuple)?,
        }
        let has_kw = !keywords.is_empty();
        if has_kw {
            self.emit(Op::BuildMap(0));
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Value::str(name));
                        self.expr(&k.value)?;
                        self.emit(Op::BuildMap(1));
                        self.emit(Op::DictMerge(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge(1));
                    }
                }
            }
        }
        self.set_span(span);
        self.emit(Op::CallEx(has_kw));
        Ok(())
    }

    /// Pushes keyword values; returns the const index of their names, if any.
    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> Result<Option<u16>, CompileError> {
        if keywords.is_empty() {
            return Ok(None);
        }
        let mut names = Vec::new();
        for k in keywords {
            self.expr(&k.value)?;
            names.push(Value::str(k.arg.as_deref().unwrap_or("")));
        }
        let i = self.b().constant(Value::tuple(names));
        if i > u16::MAX as u32 {
            return Err(syntax("too many constants", keywords[0].span));
        }
        Ok(Some(i as u16))
    }

    /// `super()` inside a method becomes `super(__class__, <first argument>)`.
    fn try_zero_arg_super(&mut self, span: Span) -> Result<bool, CompileError> {
        if !matches!(self.unit_kind(), ScopeKind::Function) {
            return Ok(false);
        }
        if !matches!(
            self.resolve("super"),
            Resolution::GlobalImplicit | Resolution::GlobalExplicit
        ) {
            return Ok(false);
        }
        if self.resolve("__class__") != Resolution::Free {
            return Ok(false);
        }
        let params = self.unit_params();
        let Some(first) = params.first().cloned() else {
            return Ok(false);
        };
        self.load_name("super");
        let ci = self.cell_index("__class__");
        self.emit(Op::LoadDeref(ci));
        self.load_name(&first);
        self.set_span(span);
        self.emit(Op::Call(2));
        Ok(true)
    }

    /// Pushes a set laid out as CPython's frozenset constant of these items: built from
    /// the items, then rebuilt in its own table order when constants are merged, and
    /// shared with earlier literals of the same elements. Int sets iterate in the order
    /// those steps leave: `f = set(); f.update(list(set(items)))`.
    fn frozen_constant(&mut self, values: Vec<Value>) {
        let key = super::fold::frozenset_key(&values);
        let values = self.frozen_consts.entry(key).or_insert(values).clone();
        let n = values.len() as u32;
        self.emit(Op::BuildSet(0));
        self.emit(Op::BuildList(0));
        for v in values {
            self.load_const(v);
        }
        self.emit(Op::BuildSet(n));
        self.emit(Op::ListExtend(1));
        self.emit(Op::SetUpdate(1));
    }

    /// An iterated operand (`for`, comprehensions, the right of `in`): CPython turns a
    /// constant set literal there into a frozenset constant.
    pub(super) fn iter_operand(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        if let ExprKind::Set(items) = &e.kind {
            if let Some(values) = super::fold::constant_items(items) {
                let outer = self.set_span(e.span);
                self.frozen_constant(values);
                self.set_span(outer);
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn sequence_display(&mut self, items: &'a [Expr], kind: SeqKind) -> Result<(), CompileError> {
        let star = items
            .iter()
            .position(|e| matches!(e.kind, ExprKind::Starred(_)));
        if matches!(kind, SeqKind::Set) && items.len() > 2 {
            if let Some(values) = super::fold::constant_items(items) {
                // CPython copies a frozenset constant into a new set.
                self.emit(Op::BuildSet(0));
                self.frozen_constant(values);
                self.emit(Op::SetUpdate(1));
                return Ok(());
            }
        }
        let Some(first_star) = star else {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                SeqKind::List => Op::BuildList(n),
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        };
        for i in &items[..first_star] {
            self.expr(i)?;
        }
        let n = first_star as u32;
        let is_set = matches!(kind, SeqKind::Set);
        self.emit(if is_set {
            Op::BuildSet(n)
        } else {
            Op::BuildList(n)
        });
        for i in &items[first_star..] {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if is_set {
                        Op::SetUpdate(1)
                    } else {
                        Op::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if is_set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if matches!(kind, SeqKind::Tuple) {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
    ) -> Result<(), CompileError> {
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        let mut pending = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Op::BuildMap(pending));
                        self.emit(Op::DictUpdate(1));
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BuildMap(pending));
            self.emit(Op::DictUpdate(1));
        }
        Ok(())
    }

    /// An f-string; `span` is the whole string's, where CPython 3.11 reports
    /// a failed conversion or format spec (its parser gives every field that span).
    fn fstring(&mut self, parts: &'a [FStringPart], span: Span) -> Result<(), CompileError> {
        let mut count = 0u32;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if !s.is_empty() {
                        self.load_const(Value::str(s));
                        count += 1;
                    }
                }
                FStringPart::Field {
                    value,
                    conversion,
                    format_spec,
                } => {
                    self.expr(value)?;
                    let conv = match conversion {
                        Some('s') => Conversion::Str,
                        Some('r') => Conversion::Repr,
                        Some('a') => Conversion::Ascii,
                        _ => Conversion::None,
                    };
                    let has_spec = format_spec.is_some();
                    if let Some(spec) = format_spec {
                        self.fstring(spec, span)?;
                    }
                    self.set_span(span);
                    self.emit(Op::FormatValue(conv, has_spec));
                    count += 1;
                }
            }
        }
        match count {
            0 => self.load_const(Value::str("")),
            1 => {}
            n => self.emit(Op::BuildString(n)),
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        let (generators, kind) = match &e.kind {
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => (generators, &e.kind),
            _ => return Err(syntax("internal error: not a comprehension", e.span)),
        };
        let Some(first) = generators.first() else {
            return Err(syntax("comprehension without a for clause", e.span));
        };
        let scope = self.scope_for(ScopeKind::Comprehension, e.span)?;
        let name = comp_name(kind);
        self.push_comprehension_unit(scope, name, e.span);
        match kind {
            ExprKind::ListComp { .. } => self.emit(Op::BuildList(0)),
            ExprKind::SetComp { .. } => self.emit(Op::BuildSet(0)),
            ExprKind::DictComp { .. } => self.emit(Op::BuildMap(0)),
            _ => self.mark_generator(),
        }
        self.comp_loop(e, generators, 0)?;
        self.set_span(e.span);
        if matches!(kind, ExprKind::GeneratorExp { .. }) {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit()?;
        self.make_closure(code, 0, e.span)?;
        self.iter_operand(&first.iter)?;
        self.set_span(e.span);
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comp_loop(
        &mut self,
        e: &'a Expr,
        gens: &'a [Comprehension],
        i: usize,
    ) -> Result<(), CompileError> {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.iter_operand(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.b().label();
        let end = self.b().label();
        self.b().bind(start);
        self.set_span(g.iter.span);
        self.b().emit_jump(Op::ForIter(0), end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(e, gens, i + 1)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match &e.kind {
                ExprKind::ListComp { elt, .. } => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                // An unhashable element is reported at the whole comprehension.
                ExprKind::SetComp { elt, .. } => {
                    self.expr(elt)?;
                    self.set_span(e.span);
                    self.emit(Op::SetAdd(depth));
                }
                ExprKind::DictComp { key, value, .. } => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.set_span(e.span);
                    self.emit(Op::MapAdd(depth));
                }
                ExprKind::GeneratorExp { elt, .. } => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
                _ => {}
            }
        }
        self.set_span(g.iter.span);
        self.b().emit_jump(Op::Jump(0), start);
        self.b().bind(end);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum SeqKind {
    List,
    Tuple,
    Set,
}
