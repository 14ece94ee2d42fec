//! Private name mangling: inside a class, an identifier `__x` (not ending in
//! `__`) becomes `_Class__x`, as CPython's compiler renames it. Done on the
//! parsed tree, so the symbol table and code generator see the final names.
//!
//! What is renamed: names, attributes, parameters, `global`/`nonlocal`
//! names, `except ... as` names, the names imports bind, and the names `def`
//! and `class` bind (their `__name__` stays as written). Keyword arguments of
//! calls are not renamed, as in CPython.

use crate::engine::ast::{
    Arguments, Comprehension, Expr, ExprKind, FStringPart, Module, Name, Stmt, StmtKind,
};

/// Renames the private names of every class in `module`.
pub fn mangle_module(module: &mut Module) {
    let mut m = Mangler { class: None };
    m.body(&mut module.body);
}

struct Mangler {
    /// The innermost enclosing class's name (`None` outside classes).
    class: Option<String>,
}

/// `_Class__name` for a private `name` inside class `class`; `None` when
/// the name is not private or the class's name is all underscores.
pub fn private_name(class: &str, name: &str) -> Option<String> {
    let class = class.trim_start_matches('_');
    let private = name.starts_with("__") && !name.ends_with("__") && !name.contains('.');
    (private && !class.is_empty()).then(|| format!("_{class}{name}"))
}

impl Mangler {
    fn name(&self, name: &mut Name) {
        if let Some(class) = &self.class {
            if let Some(new) = private_name(class, name) {
                *name = new;
            }
        }
    }

    /// The name an import binds: `as` name, or the imported name itself.
    fn binding(&self, name: &Name, asname: &mut Option<Name>) {
        match asname {
            Some(a) => self.name(a),
            None => {
                if let Some(new) = self.class.as_deref().and_then(|c| private_name(c, name)) {
                    *asname = Some(new);
                }
            }
        }
    }

    fn body(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::FunctionDef(f) => {
                self.exprs(&mut f.decorators);
                self.arguments(&mut f.args);
                if let Some(r) = &mut f.returns {
                    self.expr(r);
                }
                self.name(&mut f.binding);
                self.body(&mut f.body);
            }
            StmtKind::ClassDef(c) => {
                self.exprs(&mut c.decorators);
                self.exprs(&mut c.bases);
                for k in &mut c.keywords {
                    self.expr(&mut k.value);
                }
                self.name(&mut c.binding);
                let outer = self.class.replace(c.name.clone());
                self.body(&mut c.body);
                self.class = outer;
            }
            StmtKind::Return(v) => self.opt(v),
            StmtKind::Delete(targets) => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                self.expr(annotation);
                self.opt(value);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target);
                self.expr(iter);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&mut item.context_expr);
                    self.opt(&mut item.optional_vars);
                }
                self.body(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.expr(&mut case.pattern);
                    self.opt(&mut case.guard);
                    self.body(&mut case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc);
                self.opt(cause);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body);
                for h in handlers {
                    self.opt(&mut h.typ);
                    if let Some(n) = &mut h.name {
                        self.name(n);
                    }
                    self.body(&mut h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg);
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    self.binding(&a.name, &mut a.asname);
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                for n in names {
                    self.name(n);
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn arguments(&mut self, a: &mut Arguments) {
        let params = a
            .posonly
            .iter_mut()
            .chain(a.args.iter_mut())
            .chain(a.vararg.iter_mut())
            .chain(a.kwonly.iter_mut())
            .chain(a.kwarg.iter_mut());
        for p in params {
            if let Some(ann) = &mut p.annotation {
                self.expr(ann);
            }
            self.name(&mut p.name);
        }
        self.exprs(&mut a.defaults);
        for d in a.kw_defaults.iter_mut().flatten() {
            self.expr(d);
        }
    }

    fn opt(&mut self, e: &mut Option<Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn exprs(&mut self, es: &mut [Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn comprehensions(&mut self, gens: &mut [Comprehension]) {
        for g in gens {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
        }
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) {
        for part in parts {
            if let FStringPart::Field {
                value, format_spec, ..
            } = part
            {
                self.expr(value);
                if let Some(spec) = format_spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Name(n) => self.name(n),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value);
                self.name(attr);
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.arguments(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehensions(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comprehensions(generators);
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => self.expr(v),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                self.exprs(args);
                for k in keywords {
                    self.expr(&mut k.value);
                }
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts),
            ExprKind::Constant(_) => {}
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
        }
    }
}
