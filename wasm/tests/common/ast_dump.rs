//! The engine's AST in the canonical text form of `tests/syntax/ast_dump.py`,
//! which writes CPython's AST the same way: `Kind@line:col-line:col(field=...)`
//! with CPython's field names and order, 1-based lines and UTF-8 byte columns.

use threadwise_playground::engine::ast::*;

/// Dumps a module, one top-level statement per line.
pub fn dump_module(src: &str, m: &Module) -> String {
    let d = Dumper::new(src);
    let mut out = String::new();
    for s in &m.body {
        d.stmt(s, &mut out);
        out.push('\n');
    }
    out
}

struct Dumper {
    line_starts: Vec<usize>,
}

fn quote(s: &str, out: &mut String) {
    out.push('"');
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            ' '..='~' => out.push(ch),
            _ => out.push_str(&format!("\\u{{{:x}}}", ch as u32)),
        }
    }
    out.push('"');
}

fn fbits(v: f64) -> String {
    format!("0x{:016x}", v.to_bits())
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add()",
        BinOp::Sub => "Sub()",
        BinOp::Mult => "Mult()",
        BinOp::MatMult => "MatMult()",
        BinOp::Div => "Div()",
        BinOp::Mod => "Mod()",
        BinOp::Pow => "Pow()",
        BinOp::LShift => "LShift()",
        BinOp::RShift => "RShift()",
        BinOp::BitOr => "BitOr()",
        BinOp::BitXor => "BitXor()",
        BinOp::BitAnd => "BitAnd()",
        BinOp::FloorDiv => "FloorDiv()",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

impl Dumper {
    fn new(src: &str) -> Dumper {
        let mut line_starts = vec![0];
        let b = src.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        Dumper { line_starts }
    }

    fn pos(&self, span: Span) -> String {
        let lc = |o: u32| {
            let o = o as usize;
            let line = match self.line_starts.binary_search(&o) {
                Ok(i) => i,
                Err(i) => i - 1,
            };
            (line + 1, o - self.line_starts[line])
        };
        let (l, c) = lc(span.start);
        let (el, ec) = lc(span.end);
        format!("@{l}:{c}-{el}:{ec}")
    }

    fn list<T>(&self, items: &[T], out: &mut String, f: impl Fn(&Self, &T, &mut String)) {
        out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            f(self, x, out);
        }
        out.push(']');
    }

    fn stmts(&self, body: &[Stmt], out: &mut String) {
        self.list(body, out, |d, s, o| d.stmt(s, o));
    }

    fn exprs(&self, es: &[Expr], out: &mut String, p: bool) {
        self.list(es, out, |d, e, o| d.expr(e, o, p));
    }

    fn opt(&self, e: Option<&Expr>, out: &mut String, p: bool) {
        match e {
            Some(e) => self.expr(e, out, p),
            None => out.push_str("None"),
        }
    }

    fn name(&self, n: Option<&str>, out: &mut String) {
        match n {
            Some(n) => quote(n, out),
            None => out.push_str("None"),
        }
    }

    fn stmt(&self, s: &Stmt, out: &mut String) {
        let p = self.pos(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                let kind = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                out.push_str(&format!("{kind}{p}(name="));
                quote(&f.name, out);
                out.push_str(", args=");
                self.arguments(&f.args, out);
                out.push_str(", body=");
                self.stmts(&f.body, out);
                out.push_str(", decorator_list=");
                self.exprs(&f.decorators, out, true);
                out.push_str(", returns=");
                self.opt(f.returns.as_ref(), out, true);
                out.push(')');
            }
            StmtKind::ClassDef(c) => {
                out.push_str(&format!("ClassDef{p}(name="));
                quote(&c.name, out);
                out.push_str(", bases=");
                self.exprs(&c.bases, out, true);
                out.push_str(", keywords=");
                self.list(&c.keywords, out, |d, k, o| d.keyword(k, o, true));
                out.push_str(", body=");
                self.stmts(&c.body, out);
                out.push_str(", decorator_list=");
                self.exprs(&c.decorators, out, true);
                out.push(')');
            }
            StmtKind::Return(v) => {
                out.push_str(&format!("Return{p}(value="));
                self.opt(v.as_ref(), out, true);
                out.push(')');
            }
            StmtKind::Delete(t) => {
                out.push_str(&format!("Delete{p}(targets="));
                self.exprs(t, out, true);
                out.push(')');
            }
            StmtKind::Assign { targets, value } => {
                out.push_str(&format!("Assign{p}(targets="));
                self.exprs(targets, out, true);
                out.push_str(", value=");
                self.expr(value, out, true);
                out.push(')');
            }
            StmtKind::AugAssign { target, op, value } => {
                out.push_str(&format!("AugAssign{p}(target="));
                self.expr(target, out, true);
                out.push_str(&format!(", op={}, value=", binop(*op)));
                self.expr(value, out, true);
                out.push(')');
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                out.push_str(&format!("AnnAssign{p}(target="));
                self.expr(target, out, true);
                out.push_str(", annotation=");
                self.expr(annotation, out, true);
                out.push_str(", value=");
                self.opt(value.as_ref(), out, true);
                out.push_str(&format!(", simple={})", u8::from(*simple)));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let kind = if *is_async { "AsyncFor" } else { "For" };
                out.push_str(&format!("{kind}{p}(target="));
                self.expr(target, out, true);
                out.push_str(", iter=");
                self.expr(iter, out, true);
                out.push_str(", body=");
                self.stmts(body, out);
                out.push_str(", orelse=");
                self.stmts(orelse, out);
                out.push(')');
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                let kind = if matches!(s.kind, StmtKind::While { .. }) {
                    "While"
                } else {
                    "If"
                };
                out.push_str(&format!("{kind}{p}(test="));
                self.expr(test, out, true);
                out.push_str(", body=");
                self.stmts(body, out);
                out.push_str(", orelse=");
                self.stmts(orelse, out);
                out.push(')');
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let kind = if *is_async { "AsyncWith" } else { "With" };
                out.push_str(&format!("{kind}{p}(items="));
                self.list(items, out, |d, w, o| {
                    o.push_str("withitem(context_expr=");
                    d.expr(&w.context_expr, o, true);
                    o.push_str(", optional_vars=");
                    d.opt(w.optional_vars.as_ref(), o, true);
                    o.push(')');
                });
                out.push_str(", body=");
                self.stmts(body, out);
                out.push(')');
            }
            StmtKind::Match { subject, cases } => {
                out.push_str(&format!("Match{p}(subject="));
                self.expr(subject, out, true);
                out.push_str(", cases=");
                self.list(cases, out, |d, c, o| {
                    o.push_str("match_case(pattern=");
                    d.expr(&c.pattern, o, false);
                    o.push_str(", guard=");
                    d.opt(c.guard.as_ref(), o, true);
                    o.push_str(", body=");
                    d.stmts(&c.body, o);
                    o.push(')');
                });
                out.push(')');
            }
            StmtKind::Raise { exc, cause } => {
                out.push_str(&format!("Raise{p}(exc="));
                self.opt(exc.as_ref(), out, true);
                out.push_str(", cause=");
                self.opt(cause.as_ref(), out, true);
                out.push(')');
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                let kind = if *is_star { "TryStar" } else { "Try" };
                out.push_str(&format!("{kind}{p}(body="));
                self.stmts(body, out);
                out.push_str(", handlers=");
                self.list(handlers, out, |d, h, o| {
                    o.push_str(&format!("ExceptHandler{}(type=", d.pos(h.span)));
                    d.opt(h.typ.as_ref(), o, true);
                    o.push_str(", name=");
                    d.name(h.name.as_deref(), o);
                    o.push_str(", body=");
                    d.stmts(&h.body, o);
                    o.push(')');
                });
                out.push_str(", orelse=");
                self.stmts(orelse, out);
                out.push_str(", finalbody=");
                self.stmts(finalbody, out);
                out.push(')');
            }
            StmtKind::Assert { test, msg } => {
                out.push_str(&format!("Assert{p}(test="));
                self.expr(test, out, true);
                out.push_str(", msg=");
                self.opt(msg.as_ref(), out, true);
                out.push(')');
            }
            StmtKind::Import(names) => {
                out.push_str(&format!("Import{p}(names="));
                self.aliases(names, out);
                out.push(')');
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                out.push_str(&format!("ImportFrom{p}(module="));
                self.name(module.as_deref(), out);
                out.push_str(", names=");
                self.aliases(names, out);
                out.push_str(&format!(", level={level})"));
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let kind = if matches!(s.kind, StmtKind::Global(_)) {
                    "Global"
                } else {
                    "Nonlocal"
                };
                out.push_str(&format!("{kind}{p}(names="));
                self.list(names, out, |_, n, o| quote(n, o));
                out.push(')');
            }
            StmtKind::Expr(e) => {
                out.push_str(&format!("Expr{p}(value="));
                self.expr(e, out, true);
                out.push(')');
            }
            StmtKind::Pass => out.push_str(&format!("Pass{p}()")),
            StmtKind::Break => out.push_str(&format!("Break{p}()")),
            StmtKind::Continue => out.push_str(&format!("Continue{p}()")),
        }
    }

    fn aliases(&self, names: &[Alias], out: &mut String) {
        self.list(names, out, |d, a, o| {
            o.push_str(&format!("alias{}(name=", d.pos(a.span)));
            quote(&a.name, o);
            o.push_str(", asname=");
            d.name(a.asname.as_deref(), o);
            o.push(')');
        });
    }

    fn keyword(&self, k: &Keyword, out: &mut String, p: bool) {
        let at = if p { self.pos(k.span) } else { String::new() };
        out.push_str(&format!("keyword{at}(arg="));
        self.name(k.arg.as_deref(), out);
        out.push_str(", value=");
        self.expr(&k.value, out, p);
        out.push(')');
    }

    fn arg(&self, a: &Arg, out: &mut String) {
        out.push_str(&format!("arg{}(arg=", self.pos(a.span)));
        quote(&a.name, out);
        out.push_str(", annotation=");
        self.opt(a.annotation.as_ref(), out, true);
        out.push(')');
    }

    fn arguments(&self, a: &Arguments, out: &mut String) {
        out.push_str("arguments(posonlyargs=");
        self.list(&a.posonly, out, |d, x, o| d.arg(x, o));
        out.push_str(", args=");
        self.list(&a.args, out, |d, x, o| d.arg(x, o));
        out.push_str(", vararg=");
        match &a.vararg {
            Some(v) => self.arg(v, out),
            None => out.push_str("None"),
        }
        out.push_str(", kwonlyargs=");
        self.list(&a.kwonly, out, |d, x, o| d.arg(x, o));
        out.push_str(", kw_defaults=");
        self.list(&a.kw_defaults, out, |d, x, o| d.opt(x.as_ref(), o, true));
        out.push_str(", kwarg=");
        match &a.kwarg {
            Some(v) => self.arg(v, out),
            None => out.push_str("None"),
        }
        out.push_str(", defaults=");
        self.exprs(&a.defaults, out, true);
        out.push(')');
    }

    fn comprehensions(&self, gens: &[Comprehension], out: &mut String, p: bool) {
        self.list(gens, out, |d, g, o| {
            o.push_str("comprehension(target=");
            d.expr(&g.target, o, p);
            o.push_str(", iter=");
            d.expr(&g.iter, o, p);
            o.push_str(", ifs=");
            d.exprs(&g.ifs, o, p);
            o.push_str(&format!(", is_async={})", u8::from(g.is_async)));
        });
    }

    fn constant(&self, c: &Constant, out: &mut String) {
        match c {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Ellipsis => out.push_str("..."),
            Constant::Int(i) => out.push_str(&i.to_string()),
            Constant::BigInt(b) => out.push_str(&b.to_string()),
            Constant::Float(f) => out.push_str(&format!("F{}", fbits(*f))),
            Constant::Imaginary(f) => out.push_str(&format!("J{}", fbits(*f))),
            Constant::Str(s) => quote(s, out),
            Constant::Bytes(b) => {
                out.push('b');
                let s: String = b.iter().map(|&c| c as char).collect();
                quote(&s, out);
            }
        }
    }

    fn fparts(&self, parts: &[FStringPart], out: &mut String) {
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match part {
                FStringPart::Literal(s) => {
                    out.push_str("Lit(");
                    quote(s, out);
                    out.push(')');
                }
                FStringPart::Field {
                    value,
                    conversion,
                    format_spec,
                } => {
                    out.push_str("Field(");
                    self.expr(value, out, true);
                    match conversion {
                        Some(c) => out.push_str(&format!(", '{c}', ")),
                        None => out.push_str(", None, "),
                    }
                    match format_spec {
                        Some(spec) => {
                            out.push('[');
                            self.fparts(spec, out);
                            out.push(']');
                        }
                        None => out.push_str("None"),
                    }
                    out.push(')');
                }
            }
        }
    }

    fn expr(&self, e: &Expr, out: &mut String, p: bool) {
        let at = if p { self.pos(e.span) } else { String::new() };
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = if *op == BoolOp::And { "And()" } else { "Or()" };
                out.push_str(&format!("BoolOp{at}(op={op}, values="));
                self.exprs(values, out, p);
                out.push(')');
            }
            ExprKind::NamedExpr { target, value } => {
                out.push_str(&format!("NamedExpr{at}(target="));
                self.expr(target, out, p);
                out.push_str(", value=");
                self.expr(value, out, p);
                out.push(')');
            }
            ExprKind::BinOp { left, op, right } => {
                out.push_str(&format!("BinOp{at}(left="));
                self.expr(left, out, p);
                out.push_str(&format!(", op={}, right=", binop(*op)));
                self.expr(right, out, p);
                out.push(')');
            }
            ExprKind::UnaryOp { op, operand } => {
                let op = match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                };
                out.push_str(&format!("UnaryOp{at}(op={op}, operand="));
                self.expr(operand, out, p);
                out.push(')');
            }
            ExprKind::Lambda { args, body } => {
                out.push_str(&format!("Lambda{at}(args="));
                self.arguments(args, out);
                out.push_str(", body=");
                self.expr(body, out, p);
                out.push(')');
            }
            ExprKind::IfExp { test, body, orelse } => {
                out.push_str(&format!("IfExp{at}(test="));
                self.expr(test, out, p);
                out.push_str(", body=");
                self.expr(body, out, p);
                out.push_str(", orelse=");
                self.expr(orelse, out, p);
                out.push(')');
            }
            ExprKind::Dict { keys, values } => {
                out.push_str(&format!("Dict{at}(keys="));
                self.list(keys, out, |d, k, o| d.opt(k.as_ref(), o, p));
                out.push_str(", values=");
                self.exprs(values, out, p);
                out.push(')');
            }
            ExprKind::Set(elts) => {
                out.push_str(&format!("Set{at}(elts="));
                self.exprs(elts, out, p);
                out.push(')');
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let kind = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                out.push_str(&format!("{kind}{at}(elt="));
                self.expr(elt, out, p);
                out.push_str(", generators=");
                self.comprehensions(generators, out, p);
                out.push(')');
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                out.push_str(&format!("DictComp{at}(key="));
                self.expr(key, out, p);
                out.push_str(", value=");
                self.expr(value, out, p);
                out.push_str(", generators=");
                self.comprehensions(generators, out, p);
                out.push(')');
            }
            ExprKind::Await(v) => {
                out.push_str(&format!("Await{at}(value="));
                self.expr(v, out, p);
                out.push(')');
            }
            ExprKind::Yield(v) => {
                out.push_str(&format!("Yield{at}(value="));
                self.opt(v.as_deref(), out, p);
                out.push(')');
            }
            ExprKind::YieldFrom(v) => {
                out.push_str(&format!("YieldFrom{at}(value="));
                self.expr(v, out, p);
                out.push(')');
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                out.push_str(&format!("Compare{at}(left="));
                self.expr(left, out, p);
                out.push_str(", ops=");
                self.list(ops, out, |_, op, o| o.push_str(cmpop(*op)));
                out.push_str(", comparators=");
                self.exprs(comparators, out, p);
                out.push(')');
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                out.push_str(&format!("Call{at}(func="));
                self.expr(func, out, p);
                out.push_str(", args=");
                self.exprs(args, out, p);
                out.push_str(", keywords=");
                self.list(keywords, out, |d, k, o| d.keyword(k, o, p));
                out.push(')');
            }
            ExprKind::JoinedStr(parts) => {
                out.push_str(&format!("JoinedStr{at}("));
                self.fparts(parts, out);
                out.push(')');
            }
            ExprKind::Constant(c) => {
                out.push_str(&format!("Constant{at}("));
                self.constant(c, out);
                out.push(')');
            }
            ExprKind::Attribute { value, attr, .. } => {
                out.push_str(&format!("Attribute{at}(value="));
                self.expr(value, out, p);
                out.push_str(", attr=");
                quote(attr, out);
                out.push(')');
            }
            ExprKind::Subscript { value, slice } => {
                out.push_str(&format!("Subscript{at}(value="));
                self.expr(value, out, p);
                out.push_str(", slice=");
                self.expr(slice, out, p);
                out.push(')');
            }
            ExprKind::Starred(v) => {
                out.push_str(&format!("Starred{at}(value="));
                self.expr(v, out, p);
                out.push(')');
            }
            ExprKind::Name(n) => {
                out.push_str(&format!("Name{at}(id="));
                quote(n, out);
                out.push(')');
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                let kind = if matches!(e.kind, ExprKind::List(_)) {
                    "List"
                } else {
                    "Tuple"
                };
                out.push_str(&format!("{kind}{at}(elts="));
                self.exprs(elts, out, p);
                out.push(')');
            }
            ExprKind::Slice { lower, upper, step } => {
                out.push_str(&format!("Slice{at}(lower="));
                self.opt(lower.as_deref(), out, p);
                out.push_str(", upper=");
                self.opt(upper.as_deref(), out, p);
                out.push_str(", step=");
                self.opt(step.as_deref(), out, p);
                out.push(')');
            }
        }
    }
}
