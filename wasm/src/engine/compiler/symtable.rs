//! Scope analysis: which names are local, global, free or cells in each scope,
//! following CPython's symtable rules (including class scopes, comprehensions,
//! walrus targets and the implicit `__class__` cell).

use std::collections::HashMap;

use crate::engine::ast::*;
use crate::engine::error::{CompileError, SyntaxError, SyntaxErrorKind};

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A class body.
    Class,
    /// A `def` or `lambda`.
    Function,
    /// A comprehension or generator expression.
    Comprehension,
}

/// How a name is reached from code in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A fast local.
    Local,
    /// A local captured by an inner scope (lives in a cell).
    Cell,
    /// Captured from an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound here or in an enclosing function: globals, then builtins.
    GlobalImplicit,
    /// A module or class namespace entry.
    Name,
}

#[derive(Clone, Copy, Debug, Default)]
struct Flags {
    assigned: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
    used: bool,
    /// Bound by a comprehension's walrus (binds in the enclosing scope instead).
    walrus_outer: bool,
    /// A comprehension's iteration variable (a walrus may not rebind it).
    comp_iter: bool,
}

/// One scope's analysis.
#[derive(Debug)]
pub struct Scope {
    /// Its kind.
    pub kind: ScopeKind,
    /// Its name (function or class name).
    pub name: String,
    /// Resolution of every name it mentions.
    pub names: HashMap<String, Resolution>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Cell variables, in first-seen order.
    pub cellvars: Vec<String>,
    /// Free variables, in first-seen order.
    pub freevars: Vec<String>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// Nested scopes in source order.
    pub children: Vec<usize>,
    /// Needs the implicit `__class__` cell (class scopes whose methods use `super` or `__class__`).
    pub needs_class_cell: bool,
    /// The node that opened the scope.
    pub span: Span,
    order: Vec<String>,
    flags: HashMap<String, Flags>,
    parent: Option<usize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, span: Span) -> Scope {
        Scope {
            span,
            kind,
            name: name.to_string(),
            names: HashMap::new(),
            params: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            children: Vec::new(),
            needs_class_cell: false,
            order: Vec::new(),
            flags: HashMap::new(),
            parent,
        }
    }

    fn flag(&mut self, name: &str) -> &mut Flags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.flags.entry(name.to_string()).or_default()
    }

    /// How `name` resolves here.
    pub fn resolve(&self, name: &str) -> Resolution {
        match self.names.get(name) {
            Some(r) => *r,
            None => match self.kind {
                ScopeKind::Module => Resolution::GlobalImplicit,
                ScopeKind::Class => Resolution::Name,
                _ => Resolution::GlobalImplicit,
            },
        }
    }
}

/// Every scope of a module, in creation order (index 0 is the module).
#[derive(Debug)]
pub struct SymbolTable {
    /// The scopes.
    pub scopes: Vec<Scope>,
}

fn syntax_error(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError::Syntax(SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg: msg.into(),
        span,
    })
}

struct Builder {
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    /// Scope index of each function/lambda/class/comprehension node, in visit order.
    loop_depth: Vec<u32>,
    /// Inside a `del` statement's targets (for the `__debug__` message).
    deleting: bool,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn cur_index(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn push(&mut self, kind: ScopeKind, name: &str, span: Span) -> usize {
        let parent = self.cur_index();
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(parent), span));
        self.scopes[parent].children.push(idx);
        self.stack.push(idx);
        self.loop_depth.push(0);
        idx
    }

    fn pop(&mut self) {
        self.stack.pop();
        self.loop_depth.pop();
    }

    fn bind(&mut self, name: &str, span: Span) -> Result<(), CompileError> {
        if name == "__debug__" {
            let verb = if self.deleting { "delete" } else { "assign to" };
            return Err(syntax_error(format!("cannot {verb} __debug__"), span));
        }
        let f = self.cur().flag(name);
        if f.global || f.nonlocal {
            // Binding a declared name is fine; it goes to the global / enclosing cell.
        }
        f.assigned = true;
        let _ = span;
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        self.cur().flag(name).used = true;
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_args(&mut self, args: &Arguments) -> Result<(), CompileError> {
        for d in &args.defaults {
            self.visit_expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        for a in args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.kwonly)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter())
        {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, args: &Arguments) -> Result<(), CompileError> {
        let all: Vec<&Arg> = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.kwonly)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter())
            .collect();
        // CPython orders parameters: positional, keyword-only, then *args, then **kwargs.
        let mut ordered: Vec<&Arg> = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.kwonly)
            .collect();
        ordered.extend(args.vararg.iter());
        ordered.extend(args.kwarg.iter());
        for a in &all {
            if self.cur().params.contains(&a.name) {
                return Err(syntax_error(
                    format!("duplicate argument '{}' in function definition", a.name),
                    a.span,
                ));
            }
            self.cur().params.push(a.name.clone());
        }
        self.cur().params = ordered.iter().map(|a| a.name.clone()).collect();
        for a in ordered {
            let f = self.cur().flag(&a.name);
            f.param = true;
            f.assigned = true;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.visit_expr(d)?;
                }
                self.visit_args(&f.args)?;
                if let Some(r) = &f.returns {
                    self.visit_expr(r)?;
                }
                self.bind(&f.binding, f.name_span)?;
                self.push(ScopeKind::Function, &f.name, s.span);
                self.declare_params(&f.args)?;
                self.visit_body(&f.body)?;
                self.pop();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.visit_expr(d)?;
                }
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.bind(&c.binding, c.name_span)?;
                self.push(ScopeKind::Class, &c.name, s.span);
                self.visit_body(&c.body)?;
                self.pop();
            }
            StmtKind::Return(v) => {
                if !matches!(self.cur().kind, ScopeKind::Function) {
                    return Err(syntax_error("'return' outside function", s.span));
                }
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                self.deleting = true;
                let r = ts.iter().try_for_each(|t| self.visit_target(t));
                self.deleting = false;
                r?;
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                for t in targets {
                    self.visit_target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.visit_target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                if let ExprKind::Name(n) = &target.kind {
                    let f = self.cur().flag(n);
                    if f.global && *simple {
                        // CPython: "annotated name 'x' can't be global"
                        return Err(syntax_error(
                            format!("annotated name '{n}' can't be global"),
                            target.span,
                        ));
                    }
                    if value.is_some()
                        || matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class)
                        || !*simple
                    {
                        self.bind(n, target.span)?;
                    } else {
                        // `x: int` in a function makes x local without binding it.
                        self.cur().flag(n).assigned = true;
                    }
                } else {
                    self.visit_target(target)?;
                }
                if matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class) {
                    self.visit_expr(annotation)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return Err(unsupported("async for", s.span));
                }
                self.visit_expr(iter)?;
                self.visit_target(target)?;
                self.enter_loop();
                self.visit_body(body)?;
                self.leave_loop();
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.visit_expr(test)?;
                self.enter_loop();
                self.visit_body(body)?;
                self.leave_loop();
                self.visit_body(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    return Err(unsupported("async with", s.span));
                }
                for it in items {
                    self.visit_expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.visit_target(v)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Match { .. } => return Err(unsupported("the match statement", s.span)),
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if *is_star {
                    return Err(unsupported("except* (exception groups)", s.span));
                }
                self.visit_body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(orelse)?;
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound, a.span)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if !matches!(self.cur().kind, ScopeKind::Module) {
                            return Err(syntax_error(
                                "import * only allowed at module level",
                                s.span,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&bound, a.span)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let kind = self.cur().kind;
                    let f = *self.cur().flag(n);
                    if f.param {
                        return Err(syntax_error(
                            format!("name '{n}' is parameter and global"),
                            s.span,
                        ));
                    }
                    if f.nonlocal {
                        return Err(syntax_error(
                            format!("name '{n}' is nonlocal and global"),
                            s.span,
                        ));
                    }
                    if f.assigned && kind != ScopeKind::Module {
                        return Err(syntax_error(
                            format!("name '{n}' is assigned to before global declaration"),
                            s.span,
                        ));
                    }
                    if f.used && kind != ScopeKind::Module {
                        return Err(syntax_error(
                            format!("name '{n}' is used prior to global declaration"),
                            s.span,
                        ));
                    }
                    self.cur().flag(n).global = true;
                }
            }
            StmtKind::Nonlocal(names) => {
                if matches!(self.cur().kind, ScopeKind::Module) {
                    return Err(syntax_error(
                        "nonlocal declaration not allowed at module level",
                        s.span,
                    ));
                }
                for n in names {
                    let f = *self.cur().flag(n);
                    if f.param {
                        return Err(syntax_error(
                            format!("name '{n}' is parameter and nonlocal"),
                            s.span,
                        ));
                    }
                    if f.global {
                        return Err(syntax_error(
                            format!("name '{n}' is nonlocal and global"),
                            s.span,
                        ));
                    }
                    if f.assigned {
                        return Err(syntax_error(
                            format!("name '{n}' is assigned to before nonlocal declaration"),
                            s.span,
                        ));
                    }
                    if f.used {
                        return Err(syntax_error(
                            format!("name '{n}' is used prior to nonlocal declaration"),
                            s.span,
                        ));
                    }
                    self.cur().flag(n).nonlocal = true;
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass => {}
            StmtKind::Break => {
                if self.loop_depth.last().copied().unwrap_or(0) == 0 {
                    return Err(syntax_error("'break' outside loop", s.span));
                }
            }
            StmtKind::Continue => {
                if self.loop_depth.last().copied().unwrap_or(0) == 0 {
                    return Err(syntax_error("'continue' not properly in loop", s.span));
                }
            }
        }
        Ok(())
    }

    fn enter_loop(&mut self) {
        if let Some(d) = self.loop_depth.last_mut() {
            *d += 1;
        }
    }

    fn leave_loop(&mut self) {
        if let Some(d) = self.loop_depth.last_mut() {
            *d -= 1;
        }
    }

    fn visit_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n, t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.visit_target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.visit_target(inner),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            _ => self.visit_expr(t),
        }
    }

    fn visit_comprehension(
        &mut self,
        name: &str,
        span: Span,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        // The first iterable is evaluated in the enclosing scope.
        self.visit_expr(&first.iter)?;
        self.push(ScopeKind::Comprehension, name, span);
        {
            let f = self.cur().flag(".0");
            f.param = true;
            f.assigned = true;
        }
        self.cur().params.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                return Err(unsupported("async comprehensions", g.iter.span));
            }
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_target(&g.target)?;
            mark_comp_iters(self.cur(), &g.target);
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        for e in elts {
            self.visit_expr(e)?;
        }
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        self.pop();
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    // Inside comprehensions the target binds in the nearest enclosing
                    // non-comprehension scope.
                    let mut idx = self.cur_index();
                    let mut in_comp = false;
                    while self.scopes[idx].kind == ScopeKind::Comprehension {
                        in_comp = true;
                        if self.scopes[idx]
                            .flags
                            .get(n.as_str())
                            .is_some_and(|f| f.comp_iter)
                        {
                            let at = Span::new(e.span.start, e.span.start);
                            return Err(syntax_error(
                                format!("assignment expression cannot rebind comprehension iteration variable '{n}'"),
                                at,
                            ));
                        }
                        idx = self.scopes[idx].parent.unwrap_or(0);
                    }
                    if in_comp {
                        if self.scopes[idx].kind == ScopeKind::Class {
                            return Err(syntax_error(
                                "assignment expression within a comprehension cannot be used in a class body",
                                e.span,
                            ));
                        }
                        self.scopes[idx].flag(n).assigned = true;
                        let f = self.cur().flag(n);
                        f.walrus_outer = true;
                        f.used = true;
                    } else {
                        self.bind(n, target.span)?;
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_args(args)?;
                self.push(ScopeKind::Function, "<lambda>", e.span);
                self.declare_params(args)?;
                self.visit_expr(body)?;
                self.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.visit_expr(i)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension("<listcomp>", e.span, generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension("<setcomp>", e.span, generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension("<genexpr>", e.span, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension("<dictcomp>", e.span, generators, &[key, value])?,
            ExprKind::Await(_) => return Err(unsupported("await", e.span)),
            ExprKind::Yield(v) => {
                self.mark_yield(e.span)?;
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(e.span)?;
                self.visit_expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                for c in comparators {
                    self.visit_expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                for a in args {
                    self.visit_expr(a)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                if let ExprKind::Name(n) = &func.kind {
                    if n == "super" && args.is_empty() && keywords.is_empty() {
                        self.use_class_cell();
                    }
                }
            }
            ExprKind::JoinedStr(parts) => self.visit_fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred(v) => self.visit_expr(v)?,
            ExprKind::Name(n) => {
                if n == "__class__" {
                    self.use_class_cell();
                } else {
                    self.use_name(n);
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(p)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) -> Result<(), CompileError> {
        for p in parts {
            if let FStringPart::Field {
                value, format_spec, ..
            } = p
            {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, span: Span) -> Result<(), CompileError> {
        match self.cur().kind {
            ScopeKind::Function => {
                self.cur().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                // CPython: "'yield' inside list comprehension" etc.
                let name = self.cur().name.clone();
                let what = match name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(syntax_error(format!("'yield' inside {what}"), span))
            }
            _ => Err(syntax_error("'yield' outside function", span)),
        }
    }

    /// A function uses `super()` or `__class__`: it needs the `__class__` cell of
    /// the nearest enclosing class.
    fn use_class_cell(&mut self) {
        let here = self.cur_index();
        if self.scopes[here].kind == ScopeKind::Function
            || self.scopes[here].kind == ScopeKind::Comprehension
        {
            self.cur().flag("__class__").used = true;
        }
    }
}

/// Marks the names a comprehension's `for` target binds as iteration variables.
fn mark_comp_iters(scope: &mut Scope, target: &Expr) {
    match &target.kind {
        ExprKind::Name(n) => scope.flag(n).comp_iter = true,
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for t in items {
                mark_comp_iters(scope, t);
            }
        }
        ExprKind::Starred(inner) => mark_comp_iters(scope, inner),
        _ => {}
    }
}

fn unsupported(feature: &str, span: Span) -> CompileError {
    CompileError::Unsupported {
        feature: feature.to_string(),
        span,
    }
}

/// Analyses a module.
pub fn analyse(module: &Module) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(
            ScopeKind::Module,
            "<module>",
            None,
            Span::default(),
        )],
        stack: vec![0],
        loop_depth: vec![0],
        deleting: false,
    };
    b.visit_body(&module.body)?;
    let mut scopes = b.scopes;
    resolve(&mut scopes, 0, &[], None)?;
    Ok(SymbolTable { scopes })
}

/// Resolves scope `idx` given the names bound in enclosing function scopes
/// (`bound`) and the nearest enclosing class scope.
fn resolve(
    scopes: &mut Vec<Scope>,
    idx: usize,
    bound: &[String],
    class_scope: Option<usize>,
) -> Result<(), CompileError> {
    let kind = scopes[idx].kind;
    let order = scopes[idx].order.clone();
    let mut names: HashMap<String, Resolution> = HashMap::new();
    let mut free: Vec<String> = Vec::new();
    for n in &order {
        let f = scopes[idx].flags[n];
        let r = if f.global {
            Resolution::GlobalExplicit
        } else if f.nonlocal {
            if !bound.contains(n) {
                return Err(syntax_error(
                    format!("no binding for nonlocal '{n}' found"),
                    Span::default(),
                ));
            }
            free.push(n.clone());
            Resolution::Free
        } else if f.walrus_outer {
            if bound.contains(n)
                || kind == ScopeKind::Comprehension && parent_binds_function(scopes, idx, n)
            {
                free.push(n.clone());
                Resolution::Free
            } else {
                Resolution::GlobalExplicit
            }
        } else if n == "__class__" && !f.assigned {
            if class_scope.is_some() && kind != ScopeKind::Class {
                free.push(n.clone());
                Resolution::Free
            } else {
                Resolution::GlobalImplicit
            }
        } else if f.assigned || f.param {
            match kind {
                ScopeKind::Module => Resolution::GlobalImplicit,
                ScopeKind::Class => Resolution::Name,
                _ => Resolution::Local,
            }
        } else if bound.contains(n) {
            free.push(n.clone());
            Resolution::Free
        } else {
            match kind {
                ScopeKind::Class => Resolution::Name,
                _ => Resolution::GlobalImplicit,
            }
        };
        names.insert(n.clone(), r);
    }
    if kind == ScopeKind::Module {
        for r in names.values_mut() {
            if *r == Resolution::GlobalImplicit || *r == Resolution::Name {
                *r = Resolution::GlobalImplicit;
            }
        }
    }
    scopes[idx].names = names;
    scopes[idx].freevars = free;
    // Names this scope offers to nested functions.
    let mut child_bound: Vec<String> = bound.to_vec();
    if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
        for (n, r) in &scopes[idx].names {
            if matches!(r, Resolution::Local | Resolution::Free) && !child_bound.contains(n) {
                child_bound.push(n.clone());
            }
        }
        // Explicitly global names shadow outer bindings for nested scopes.
        let globals: Vec<String> = scopes[idx]
            .names
            .iter()
            .filter(|(_, r)| **r == Resolution::GlobalExplicit)
            .map(|(n, _)| n.clone())
            .collect();
        child_bound.retain(|n| !globals.contains(n));
    }
    let child_class = if kind == ScopeKind::Class {
        Some(idx)
    } else {
        class_scope
    };
    let children = scopes[idx].children.clone();
    for c in children {
        resolve(scopes, c, &child_bound, child_class)?;
        // Free variables of a child are cells here (if bound here) or free here too.
        let child_free = scopes[c].freevars.clone();
        for n in child_free {
            if n == "__class__" {
                if kind == ScopeKind::Class {
                    scopes[idx].needs_class_cell = true;
                    if !scopes[idx].cellvars.contains(&n) {
                        scopes[idx].cellvars.push(n.clone());
                    }
                } else if !scopes[idx].freevars.contains(&n) {
                    scopes[idx].freevars.push(n.clone());
                    scopes[idx].names.insert(n.clone(), Resolution::Free);
                }
                continue;
            }
            let here = scopes[idx].names.get(&n).copied();
            match here {
                Some(Resolution::Local) | Some(Resolution::Cell) if kind != ScopeKind::Class => {
                    scopes[idx].names.insert(n.clone(), Resolution::Cell);
                    if !scopes[idx].cellvars.contains(&n) {
                        scopes[idx].cellvars.push(n.clone());
                    }
                }
                Some(Resolution::Free) => {}
                _ => {
                    // Passes through this scope (a class, or a function not binding it).
                    if !scopes[idx].freevars.contains(&n) {
                        scopes[idx].freevars.push(n.clone());
                    }
                    if kind != ScopeKind::Class || !scopes[idx].names.contains_key(&n) {
                        if kind == ScopeKind::Class {
                            // The class body itself keeps name lookups for its own uses.
                        } else {
                            scopes[idx].names.insert(n.clone(), Resolution::Free);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn parent_binds_function(scopes: &[Scope], idx: usize, name: &str) -> bool {
    let mut i = scopes[idx].parent;
    while let Some(p) = i {
        if scopes[p].kind == ScopeKind::Function {
            return scopes[p]
                .flags
                .get(name)
                .is_some_and(|f| f.assigned || f.param);
        }
        if scopes[p].kind != ScopeKind::Comprehension {
            return false;
        }
        i = scopes[p].parent;
    }
    false
}
