//! Statements and code units: modules, functions, classes, comprehensions;
//! loops, `try`, `with`, and unwinding for `return`/`break`/`continue`.

use std::collections::HashMap;
use std::rc::Rc;

use super::builder::{CodeBuilder, Label};
use super::symtable::{Resolution, ScopeKind, SymbolTable};
use crate::engine::ast::*;
use crate::engine::bytecode::{Code, CodeFlags, Op};
use crate::engine::error::{CompileError, SyntaxError, SyntaxErrorKind};
use crate::engine::objects::str::PyStr;
use crate::engine::source::SourceMap;
use crate::engine::value::Value;

/// A control-flow block that `return`, `break` and `continue` must unwind.
pub(super) enum FBlock<'a> {
    /// A loop; `is_for` loops keep their iterator on the stack.
    Loop {
        start: Label,
        end: Label,
        is_for: bool,
    },
    /// The body of a `try` with handlers.
    TryExcept { active: usize },
    /// The body of a `try` with `finally`: leaving runs `body`.
    Finally { body: &'a [Stmt], active: usize },
    /// The `finally` body run for an exception: `[prev, exc]` on the stack.
    FinallyEnd { active: usize },
    /// An `except` clause body: `[prev]` on the stack; `name` is cleared on exit.
    Handler {
        name: Option<&'a str>,
        active: usize,
    },
    /// A `with` body: `[__exit__]` on the stack.
    With { active: usize },
}

/// One code object being compiled.
pub(super) struct Unit<'a> {
    pub scope: usize,
    pub kind: ScopeKind,
    pub b: CodeBuilder,
    pub name: String,
    pub qualname: String,
    pub fblocks: Vec<FBlock<'a>>,
    pub varnames: Vec<String>,
    pub var_index: HashMap<String, u32>,
    pub cells: Vec<String>,
    pub ncellvars: usize,
    pub codes: Vec<Rc<Code>>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub flags: CodeFlags,
    pub doc: Option<String>,
}

/// Compiles a module's AST with its symbol table.
pub struct Compiler<'a> {
    pub(super) table: &'a SymbolTable,
    scope_map: HashMap<(u8, u32, u32), usize>,
    pub(super) source: Rc<SourceMap>,
    filename: Rc<str>,
    pub(super) units: Vec<Unit<'a>>,
    /// Constant set literals seen so far, by elements: later equal literals reuse the
    /// first one's items, as CPython shares one frozenset constant per module.
    pub(super) frozen_consts: HashMap<Vec<String>, Vec<Value>>,
    /// One shared string per distinct name in the module, so a dict keyed by
    /// a name from one function is found by the same name from another with
    /// a pointer comparison.
    interned: HashMap<String, Rc<PyStr>>,
    /// Makes the engine's own code (see [`Compiler::synthetic`]).
    synthetic: bool,
    /// Hides the code of functions whose qualified name starts with this
    /// (see [`Compiler::hiding`]).
    hidden_prefixes: &'static [&'static str],
    /// SyntaxWarnings so far, in the order CPython emits them.
    pub(super) warnings: Vec<super::CompileWarning>,
}

fn kind_key(k: ScopeKind) -> u8 {
    match k {
        ScopeKind::Module => 0,
        ScopeKind::Class => 1,
        ScopeKind::Function => 2,
        ScopeKind::Comprehension => 3,
    }
}

pub(super) fn syntax(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError::Syntax(SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg: msg.into(),
        span,
    })
}

/// CPython's "keyword argument repeated" check, for calls and class bases.
pub(super) fn check_repeated_keywords(keywords: &[Keyword]) -> Result<(), CompileError> {
    for (i, k) in keywords.iter().enumerate() {
        let Some(name) = &k.arg else { continue };
        if keywords[..i].iter().any(|e| e.arg.as_ref() == Some(name)) {
            return Err(syntax(format!("keyword argument repeated: {name}"), k.span));
        }
    }
    Ok(())
}

pub(super) fn unsupported(feature: &str, span: Span) -> CompileError {
    CompileError::Unsupported {
        feature: feature.to_string(),
        span,
    }
}

fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s.clone()),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// A compiler for one module.
    pub fn new(table: &'a SymbolTable, source: Rc<SourceMap>, filename: &str) -> Compiler<'a> {
        let mut scope_map = HashMap::new();
        for (i, s) in table.scopes.iter().enumerate() {
            scope_map.insert((kind_key(s.kind), s.span.start, s.span.end), i);
        }
        Compiler {
            table,
            scope_map,
            source,
            filename: Rc::from(filename),
            units: Vec::new(),
            frozen_consts: HashMap::new(),
            interned: HashMap::new(),
            synthetic: false,
            hidden_prefixes: &[],
            warnings: Vec::new(),
        }
    }

    /// Compiles the functions whose qualified name starts with one of `prefixes` as
    /// the engine's own: library code standing in for what CPython writes in
    /// C, whose frames CPython's tracebacks never show.
    pub fn hiding(mut self, prefixes: &'static [&'static str]) -> Compiler<'a> {
        self.hidden_prefixes = prefixes;
        self
    }

    /// Marks every code object this compiler makes as the engine's own
    /// (hidden from tracebacks and frame lists).
    pub fn synthetic(mut self) -> Compiler<'a> {
        self.synthetic = true;
        self
    }

    pub(super) fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len();
        &mut self.units[n - 1]
    }

    pub(super) fn b(&mut self) -> &mut CodeBuilder {
        &mut self.u().b
    }

    pub(super) fn emit(&mut self, op: Op) {
        self.b().emit(op);
    }

    pub(super) fn set_span(&mut self, span: Span) -> Span {
        let old = self.b().span;
        self.b().span = span;
        old
    }

    pub(super) fn load_const(&mut self, v: Value) {
        let i = self.b().constant(v);
        self.emit(Op::LoadConst(i));
    }

    pub(super) fn scope_for(&self, kind: ScopeKind, span: Span) -> Result<usize, CompileError> {
        self.scope_map
            .get(&(kind_key(kind), span.start, span.end))
            .copied()
            .ok_or_else(|| syntax("internal error: scope not found", span))
    }

    fn new_unit(&mut self, scope: usize, name: &str, first_line: u32) -> Unit<'a> {
        let sc = &self.table.scopes[scope];
        let qualname = match self.units.last() {
            None => name.to_string(),
            Some(parent) => {
                let explicit_global = sc.kind != ScopeKind::Module
                    && self.table.scopes[parent.scope].resolve(name) == Resolution::GlobalExplicit;
                match parent.kind {
                    ScopeKind::Module => name.to_string(),
                    _ if explicit_global => name.to_string(),
                    ScopeKind::Class => format!("{}.{}", parent.qualname, name),
                    _ => format!("{}.<locals>.{}", parent.qualname, name),
                }
            }
        };
        let mut varnames: Vec<String> = Vec::new();
        let mut cells: Vec<String> = sc.cellvars.clone();
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            varnames.extend(sc.params.iter().cloned());
            let mut locals: Vec<(&String, &Resolution)> = sc.names.iter().collect();
            locals.sort_by(|a, b| a.0.cmp(b.0));
            for (n, r) in locals {
                if *r == Resolution::Local && !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
        }
        let ncellvars = cells.len();
        cells.extend(sc.freevars.iter().cloned());
        let var_index = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        Unit {
            scope,
            kind: sc.kind,
            b: CodeBuilder::new(),
            name: name.to_string(),
            qualname,
            fblocks: Vec::new(),
            varnames,
            var_index,
            cells,
            ncellvars,
            codes: Vec::new(),
            first_line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: CodeFlags::default(),
            doc: None,
        }
    }

    fn finish_unit(&mut self) -> Result<Rc<Code>, CompileError> {
        let Some(mut u) = self.units.pop() else {
            return Err(syntax("internal error: no unit", Span::default()));
        };
        let (ops, exc_table) =
            u.b.finish()
                .map_err(|m| syntax(format!("internal compiler error: {m}"), Span::default()))?;
        let params = &self.table.scopes[u.scope].params;
        let cell_args = u.cells[..u.ncellvars]
            .iter()
            .map(|c| params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let mut intern = |s: &str| {
            self.interned
                .entry(s.to_string())
                .or_insert_with(|| Rc::new(PyStr::new(s)))
                .clone()
        };
        let names: Vec<Rc<PyStr>> = u.b.names.iter().map(|n| intern(n.as_str())).collect();
        let caches = crate::engine::bytecode::NameCaches::new(names.len());
        let varnames = u.varnames.iter().map(|s| intern(s)).collect();
        let cellvars = u.cells[..u.ncellvars].iter().map(|s| intern(s)).collect();
        let freevars = u.cells[u.ncellvars..].iter().map(|s| intern(s)).collect();
        let spans = std::mem::take(&mut u.b.spans);
        Ok(Rc::new(Code {
            name: Rc::new(PyStr::new(&u.name)),
            qualname: Rc::new(PyStr::new(&u.qualname)),
            filename: self.filename.clone(),
            source: self.source.clone(),
            ops,
            spans,
            consts: std::mem::take(&mut u.b.consts),
            names,
            varnames,
            cellvars,
            freevars,
            cell_args,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: CodeFlags {
                synthetic: self.synthetic
                    || self
                        .hidden_prefixes
                        .iter()
                        .any(|p| u.qualname.starts_with(p)),
                ..u.flags
            },
            codes: u.codes,
            exc_table,
            max_stack: u.b.max_depth.max(0) as u32 + 2,
            first_line: u.first_line,
            doc: u.doc.map(|d| Rc::new(PyStr::new(&d))),
            caches,
        }))
    }

    /// Compiles the whole module.
    pub fn compile_module(self, module: &'a Module) -> Result<Rc<Code>, CompileError> {
        self.compile_module_warned(module).map(|(code, _)| code)
    }

    /// Compiles the module, returning the SyntaxWarnings found on the way.
    pub fn compile_module_warned(
        mut self,
        module: &'a Module,
    ) -> Result<(Rc<Code>, Vec<super::CompileWarning>), CompileError> {
        let mut unit = self.new_unit(0, "<module>", 1);
        unit.flags.uses_namespace = true;
        self.units.push(unit);
        if let Some(first) = module.body.first() {
            self.set_span(first.span);
        }
        if module
            .body
            .iter()
            .any(|s| matches!(s.kind, StmtKind::AnnAssign { .. }))
        {
            self.emit(Op::SetupAnnotations);
        }
        if let Some(doc) = docstring(&module.body) {
            self.load_const(Value::str(&doc));
            self.store_name("__doc__");
        }
        self.body(&module.body)?;
        self.load_const(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.finish_unit()?;
        Ok((code, std::mem::take(&mut self.warnings)))
    }

    /// Records a SyntaxWarning about the code at `span`.
    pub(super) fn warn(&mut self, span: Span, message: Option<String>) {
        if let Some(message) = message {
            let line = self.line(span);
            self.warnings.push(super::CompileWarning { line, message });
        }
    }

    pub(super) fn body(&mut self, stmts: &'a [Stmt]) -> Result<(), CompileError> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn scope(&self) -> &super::symtable::Scope {
        let u = &self.units[self.units.len() - 1];
        &self.table.scopes[u.scope]
    }

    /// Loads a name as its scope resolution says.
    pub(super) fn load_name(&mut self, name: &str) {
        let r = self.scope().resolve(name);
        let kind = self.u().kind;
        match r {
            Resolution::Local => {
                if let Some(&i) = self.u().var_index.get(name) {
                    self.emit(Op::LoadFast(i));
                } else {
                    let i = self.b().name(name);
                    self.emit(Op::LoadGlobal(i));
                }
            }
            Resolution::Cell | Resolution::Free => {
                let i = self.cell_index(name);
                if kind == ScopeKind::Class {
                    self.emit(Op::LoadClassDeref(i));
                } else {
                    self.emit(Op::LoadDeref(i));
                }
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.b().name(name);
                if kind == ScopeKind::Class && r == Resolution::GlobalImplicit {
                    self.emit(Op::LoadName(i));
                } else {
                    self.emit(Op::LoadGlobal(i));
                }
            }
            Resolution::Name => {
                let i = self.b().name(name);
                self.emit(Op::LoadName(i));
            }
        }
    }

    pub(super) fn cell_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        match u.cells.iter().position(|c| c == name) {
            Some(i) => i as u32,
            None => {
                u.cells.push(name.to_string());
                (u.cells.len() - 1) as u32
            }
        }
    }

    /// Stores TOS into a name.
    pub(super) fn store_name(&mut self, name: &str) {
        let r = self.scope().resolve(name);
        match r {
            Resolution::Local => {
                if let Some(&i) = self.u().var_index.get(name) {
                    self.emit(Op::StoreFast(i));
                } else {
                    let i = self.b().name(name);
                    self.emit(Op::StoreGlobal(i));
                }
            }
            Resolution::Cell | Resolution::Free => {
                let i = self.cell_index(name);
                self.emit(Op::StoreDeref(i));
            }
            Resolution::GlobalExplicit => {
                let i = self.b().name(name);
                self.emit(Op::StoreGlobal(i));
            }
            Resolution::GlobalImplicit => {
                let i = self.b().name(name);
                if self.u().kind == ScopeKind::Module {
                    self.emit(Op::StoreGlobal(i));
                } else {
                    self.emit(Op::StoreName(i));
                }
            }
            Resolution::Name => {
                let i = self.b().name(name);
                self.emit(Op::StoreName(i));
            }
        }
    }

    /// Deletes a name.
    pub(super) fn delete_name(&mut self, name: &str) {
        let r = self.scope().resolve(name);
        match r {
            Resolution::Local => {
                if let Some(&i) = self.u().var_index.get(name) {
                    self.emit(Op::DeleteFast(i));
                } else {
                    let i = self.b().name(name);
                    self.emit(Op::DeleteGlobal(i));
                }
            }
            Resolution::Cell | Resolution::Free => {
                let i = self.cell_index(name);
                self.emit(Op::DeleteDeref(i));
            }
            Resolution::GlobalExplicit => {
                let i = self.b().name(name);
                self.emit(Op::DeleteGlobal(i));
            }
            Resolution::GlobalImplicit => {
                let i = self.b().name(name);
                if self.u().kind == ScopeKind::Module {
                    self.emit(Op::DeleteGlobal(i));
                } else {
                    self.emit(Op::DeleteName(i));
                }
            }
            Resolution::Name => {
                let i = self.b().name(name);
                self.emit(Op::DeleteName(i));
            }
        }
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        self.set_span(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.span),
            StmtKind::ClassDef(c) => self.class_def(c, s.span),
            StmtKind::Return(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.set_span(s.span);
                let saved_depth = self.b().depth;
                self.unwind_all(true)?;
                self.emit(Op::ReturnValue);
                self.b().depth = saved_depth - 1;
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                let kind = self.u().kind;
                if *simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    if let ExprKind::Name(n) = &target.kind {
                        self.expr(annotation)?;
                        let ann = self.b().name("__annotations__");
                        self.emit(Op::LoadName(ann));
                        self.load_const(Value::str(n));
                        self.emit(Op::StoreSubscr);
                    }
                } else if value.is_none() {
                    // `obj.attr: int` evaluates obj (and a subscript target's parts).
                    match &target.kind {
                        ExprKind::Attribute { value, .. } => {
                            self.expr(value)?;
                            self.emit(Op::Pop);
                        }
                        ExprKind::Subscript { value, slice } => {
                            self.expr(value)?;
                            self.emit(Op::Pop);
                            self.expr(slice)?;
                            self.emit(Op::Pop);
                        }
                        _ => {}
                    }
                }
                Ok(())
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.for_loop(target, iter, body, orelse, s.span),
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let else_l = self.b().label();
                let end = self.b().label();
                self.jump_if(test, false, else_l)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.b().emit_jump(Op::Jump(0), end);
                }
                self.b().bind(else_l);
                self.body(orelse)?;
                self.b().bind(end);
                Ok(())
            }
            StmtKind::With { items, body, .. } => self.with_stmt(items, body, s.span),
            StmtKind::Match { .. } => Err(unsupported("the match statement", s.span)),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_span(s.span);
                self.emit(Op::Raise(n));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                self.warn(s.span, super::warnings::assert_tuple(test));
                let end = self.b().label();
                self.jump_if(test, true, end)?;
                self.set_span(assert_blame(test).unwrap_or(s.span));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.b().bind(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let i = self.b().name(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule.
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                let i = self.b().name(p);
                                self.emit(Op::ImportFrom(i));
                                self.emit(Op::Swap(2));
                                self.emit(Op::Pop);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.store_name(&first);
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist: Vec<Value> = names.iter().map(|a| Value::str(&a.name)).collect();
                self.load_const(Value::tuple(fromlist));
                let modname = module.clone().unwrap_or_default();
                let i = self.b().name(&modname);
                self.emit(Op::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for a in names {
                    let i = self.b().name(&a.name);
                    self.emit(Op::ImportFrom(i));
                    self.store_name(a.asname.as_deref().unwrap_or(&a.name));
                }
                self.emit(Op::Pop);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                if matches!(
                    self.u().kind,
                    ScopeKind::Module | ScopeKind::Class | ScopeKind::Function
                ) && matches!(e.kind, ExprKind::Constant(_))
                {
                    // A bare constant (a docstring or `...`) does nothing.
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(Op::Pop);
                Ok(())
            }
            StmtKind::Break => self.break_continue(true, s.span),
            StmtKind::Continue => self.break_continue(false, s.span),
        }
    }

    fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
    ) -> Result<(), CompileError> {
        let kind = super::expr::binop_kind(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.set_span(target.span);
                self.load_name(n);
                self.expr(value)?;
                self.set_span(target.span.to(value.span));
                self.emit(Op::InplaceOp(kind));
                self.set_span(target.span);
                self.store_name(n);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Op::Copy(1));
                let i = self.b().name(attr);
                self.set_span(target.span);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.set_span(target.span.to(value.span));
                self.emit(Op::InplaceOp(kind));
                self.emit(Op::Swap(2));
                self.set_span(target.span);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.subscript_key(slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.set_span(target.span);
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.set_span(target.span.to(value.span));
                self.emit(Op::InplaceOp(kind));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.set_span(target.span);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        self.set_span(t.span);
        match &t.kind {
            ExprKind::Name(n) => {
                self.store_name(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.b().name(attr);
                self.set_span(self.attr_span(t.span, attr, t.span));
                self.emit(Op::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.set_span(t.span);
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(k) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(syntax(
                                "multiple starred expressions in assignment",
                                t.span,
                            ));
                        }
                        self.emit(Op::UnpackEx {
                            before: k as u16,
                            after: (items.len() - k - 1) as u16,
                        });
                    }
                    None => self.emit(Op::UnpackSequence(items.len() as u32)),
                }
                for it in items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(it)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(syntax(
                "starred assignment target must be in a list or tuple",
                t.span,
            )),
            _ => Err(syntax("cannot assign to expression", t.span)),
        }
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        self.set_span(t.span);
        match &t.kind {
            ExprKind::Name(n) => {
                self.delete_name(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.b().name(attr);
                self.set_span(self.attr_span(t.span, attr, t.span));
                self.emit(Op::DeleteAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.set_span(t.span);
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
                Ok(())
            }
            _ => Err(syntax("cannot delete expression", t.span)),
        }
    }

    fn while_loop(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let start = self.b().label();
        let else_l = self.b().label();
        let end = self.b().label();
        self.b().bind(start);
        let always = matches!(test.kind, ExprKind::Constant(Constant::Bool(true)));
        if !always {
            self.jump_if(test, false, else_l)?;
        }
        self.u().fblocks.push(FBlock::Loop {
            start,
            end,
            is_for: false,
        });
        self.body(body)?;
        self.u().fblocks.pop();
        self.set_span(test.span);
        self.b().emit_jump(Op::Jump(0), start);
        self.b().bind(else_l);
        self.body(orelse)?;
        self.b().bind(end);
        Ok(())
    }

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> Result<(), CompileError> {
        self.iter_operand(iter)?;
        // Iteration errors point at the whole `for` statement, as in CPython.
        self.set_span(span);
        self.emit(Op::GetIter);
        let start = self.b().label();
        let cleanup = self.b().label();
        let end = self.b().label();
        self.b().bind(start);
        self.set_span(span);
        self.b().emit_jump(Op::ForIter(0), cleanup);
        self.store_target(target)?;
        self.u().fblocks.push(FBlock::Loop {
            start,
            end,
            is_for: true,
        });
        self.body(body)?;
        self.u().fblocks.pop();
        self.set_span(iter.span);
        self.b().emit_jump(Op::Jump(0), start);
        self.b().bind(cleanup);
        self.body(orelse)?;
        self.b().bind(end);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> Result<(), CompileError> {
        let saved_active = self.b().active.clone();
        let saved_depth = self.b().depth;
        let n = self.u().fblocks.len();
        let mut i = n;
        let mut target: Option<(Label, Label, bool)> = None;
        while i > 0 {
            i -= 1;
            if let FBlock::Loop { start, end, is_for } = self.u().fblocks[i] {
                target = Some((start, end, is_for));
                break;
            }
        }
        let Some((start, end, is_for)) = target else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(syntax(what, span));
        };
        // Unwind the blocks inside the loop, innermost first.
        let blocks: Vec<usize> = ((i + 1)..n).rev().collect();
        for k in blocks {
            self.unwind_block(k, false)?;
        }
        self.set_span(span);
        if is_break {
            if is_for {
                self.emit(Op::Pop);
            }
            self.b().emit_jump(Op::Jump(0), end);
        } else {
            self.b().emit_jump(Op::Jump(0), start);
        }
        // Code after the jump is unreachable; keep the depth the block had.
        self.b().active = saved_active;
        self.b().depth = saved_depth;
        Ok(())
    }

    /// Unwinds every block for `return` (TOS is the return value).
    fn unwind_all(&mut self, preserve_tos: bool) -> Result<(), CompileError> {
        let saved_active = self.b().active.clone();
        let n = self.u().fblocks.len();
        for k in (0..n).rev() {
            self.unwind_block(k, preserve_tos)?;
        }
        self.b().active = saved_active;
        Ok(())
    }

    /// Emits the exit code of block `k` (deactivating its handler region).
    fn unwind_block(&mut self, k: usize, preserve_tos: bool) -> Result<(), CompileError> {
        enum Step<'b> {
            PopIter,
            Nothing(usize),
            Finally(&'b [Stmt], usize),
            FinallyEnd(usize),
            Handler(Option<&'b str>, usize),
            With(usize),
        }
        let step = match &self.u().fblocks[k] {
            FBlock::Loop { is_for: true, .. } => Step::PopIter,
            FBlock::Loop { .. } => return Ok(()),
            FBlock::TryExcept { active } => Step::Nothing(*active),
            FBlock::Finally { body, active } => Step::Finally(body, *active),
            FBlock::FinallyEnd { active } => Step::FinallyEnd(*active),
            FBlock::Handler { name, active } => Step::Handler(*name, *active),
            FBlock::With { active } => Step::With(*active),
        };
        match step {
            Step::PopIter => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
            }
            Step::Nothing(active) => self.b().active.truncate(active),
            Step::Finally(body, active) => {
                self.b().active.truncate(active);
                // The finally body runs outside this block (a `return` in it must not rerun it).
                let saved: Vec<FBlock<'a>> = self.u().fblocks.drain(k..).collect();
                let r = self.body(body);
                self.u().fblocks.extend(saved);
                r?;
            }
            Step::FinallyEnd(active) => {
                self.b().active.truncate(active);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                    self.emit(Op::Pop);
                    self.emit(Op::Swap(2));
                } else {
                    self.emit(Op::Pop);
                }
                self.emit(Op::PopExcept);
            }
            Step::Handler(name, active) => {
                self.b().active.truncate(active);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            Step::With(active) => {
                self.b().active.truncate(active);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.load_const(Value::None);
                self.load_const(Value::None);
                self.load_const(Value::None);
                self.emit(Op::Call(3));
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let handler = self.b().label();
        let end = self.b().label();
        let cleanup = self.b().label();
        let active = self.b().active.len();
        let depth = self.b().depth;
        self.b().push_handler(handler);
        self.u().fblocks.push(FBlock::TryExcept { active });
        self.body(body)?;
        self.u().fblocks.pop();
        self.b().pop_handler();
        self.body(orelse)?;
        self.b().emit_jump(Op::Jump(0), end);
        self.b().bind(handler);
        self.b().depth = depth + 1;
        if let Some(h) = handlers.first() {
            self.set_span(h.span);
        }
        self.emit(Op::PushExcInfo);
        self.push_handler_at(cleanup, depth + 1);
        let handler_active = self.b().active.len() - 1;
        for (idx, h) in handlers.iter().enumerate() {
            self.set_span(h.span);
            let next = self.b().label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.set_span(h.span);
                    self.emit(Op::CheckExcMatch);
                    self.b().emit_jump(Op::PopJumpIfFalse(0), next);
                }
                None => {
                    if idx + 1 != handlers.len() {
                        return Err(syntax("default 'except:' must be last", h.span));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.store_name(name);
                    let clear = self.b().label();
                    self.push_handler_at(clear, depth + 1);
                    self.u().fblocks.push(FBlock::Handler {
                        name: Some(name),
                        active: handler_active,
                    });
                    self.body(&h.body)?;
                    self.u().fblocks.pop();
                    self.b().pop_handler();
                    self.emit(Op::PopExcept);
                    self.load_const(Value::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.b().emit_jump(Op::Jump(0), end);
                    self.b().bind(clear);
                    self.b().depth = depth + 2;
                    self.load_const(Value::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::Pop);
                    self.u().fblocks.push(FBlock::Handler {
                        name: None,
                        active: handler_active,
                    });
                    self.body(&h.body)?;
                    self.u().fblocks.pop();
                    self.emit(Op::PopExcept);
                    self.b().emit_jump(Op::Jump(0), end);
                }
            }
            self.b().bind(next);
            self.b().depth = depth + 2;
        }
        self.emit(Op::Reraise);
        self.b().pop_handler();
        self.b().bind(cleanup);
        self.b().depth = depth + 2;
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.b().bind(end);
        self.b().depth = depth;
        Ok(())
    }

    fn push_handler_at(&mut self, label: Label, depth: i32) {
        let saved = self.b().depth;
        self.b().depth = depth;
        self.b().push_handler(label);
        self.b().depth = saved;
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let fin = self.b().label();
        let end = self.b().label();
        let cleanup = self.b().label();
        let active = self.b().active.len();
        let depth = self.b().depth;
        self.b().push_handler(fin);
        self.u().fblocks.push(FBlock::Finally {
            body: finalbody,
            active,
        });
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.u().fblocks.pop();
        self.b().pop_handler();
        self.body(finalbody)?;
        self.b().emit_jump(Op::Jump(0), end);
        self.b().bind(fin);
        self.b().depth = depth + 1;
        self.emit(Op::PushExcInfo);
        self.push_handler_at(cleanup, depth + 1);
        self.u().fblocks.push(FBlock::FinallyEnd { active });
        self.body(finalbody)?;
        self.u().fblocks.pop();
        self.emit(Op::Reraise);
        self.b().pop_handler();
        self.b().bind(cleanup);
        self.b().depth = depth + 2;
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.b().bind(end);
        self.b().depth = depth;
        Ok(())
    }

    fn with_stmt(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        span: Span,
    ) -> Result<(), CompileError> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context_expr)?;
        // CPython blames the whole with statement for __enter__ too (so a
        // traceback draws no carets under it).
        self.set_span(span);
        let depth = self.b().depth - 1;
        self.emit(Op::BeforeWith);
        self.emit(Op::Call(0));
        let handler = self.b().label();
        let end = self.b().label();
        let cleanup = self.b().label();
        let suppress = self.b().label();
        let active = self.b().active.len();
        self.push_handler_at(handler, depth + 1);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::Pop),
        }
        self.u().fblocks.push(FBlock::With { active });
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(rest, body, span)?;
        }
        self.u().fblocks.pop();
        self.b().pop_handler();
        // CPython blames the whole with statement for the __exit__ call.
        self.set_span(span);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call(3));
        self.emit(Op::Pop);
        self.b().emit_jump(Op::Jump(0), end);
        self.b().bind(handler);
        self.b().depth = depth + 2;
        self.set_span(span);
        self.emit(Op::PushExcInfo);
        self.push_handler_at(cleanup, depth + 2);
        self.emit(Op::Copy(3));
        self.emit(Op::Copy(2));
        self.emit(Op::ExcTriple);
        self.emit(Op::Call(3));
        self.b().emit_jump(Op::PopJumpIfTrue(0), suppress);
        self.emit(Op::Reraise);
        self.b().pop_handler();
        self.b().bind(suppress);
        self.b().depth = depth + 3;
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.b().emit_jump(Op::Jump(0), end);
        self.b().bind(cleanup);
        self.b().depth = depth + 3;
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.b().bind(end);
        self.b().depth = depth;
        Ok(())
    }

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> Result<(), CompileError> {
        if f.is_async {
            return Err(unsupported("async def (coroutines)", span));
        }
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.set_span(span);
        let scope = self.scope_for(ScopeKind::Function, span)?;
        let line = self.first_line(&f.decorators, span);
        let flags = self.function_prelude(&f.args, f.returns.as_ref())?;
        let code = self.function_code(scope, &f.name, &f.args, line, |c| {
            if let Some(doc) = docstring(&f.body) {
                c.u().doc = Some(doc);
            }
            c.body(&f.body)
        })?;
        self.make_closure(code, flags, span)?;
        // Innermost decorator first; each call is blamed on its own decorator line.
        for d in f.decorators.iter().rev() {
            self.set_span(d.span);
            self.emit(Op::Call(1));
        }
        self.store_name(&f.binding);
        Ok(())
    }

    /// Pushes defaults, keyword-only defaults and annotations; returns MakeFunction flags.
    pub(super) fn function_prelude(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<u8, CompileError> {
        let mut flags = 0u8;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonly
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.load_const(Value::str(&a.name));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        let mut anns: Vec<(&str, &Expr)> = Vec::new();
        for a in args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonly)
            .chain(args.kwarg.iter())
        {
            if let Some(ann) = &a.annotation {
                anns.push((&a.name, ann));
            }
        }
        if let Some(r) = returns {
            anns.push(("return", r));
        }
        if !anns.is_empty() {
            for (n, e) in &anns {
                self.load_const(Value::str(n));
                self.expr(e)?;
            }
            self.emit(Op::BuildMap(anns.len() as u32));
            flags |= 4;
        }
        Ok(flags)
    }

    /// Compiles a function-like body in a new unit.
    pub(super) fn function_code(
        &mut self,
        scope: usize,
        name: &str,
        args: &Arguments,
        line: u32,
        body: impl FnOnce(&mut Compiler<'a>) -> Result<(), CompileError>,
    ) -> Result<Rc<Code>, CompileError> {
        let mut unit = self.new_unit(scope, name, line);
        unit.argcount = (args.posonly.len() + args.args.len()) as u32;
        unit.posonly = args.posonly.len() as u32;
        unit.kwonly = args.kwonly.len() as u32;
        unit.flags.varargs = args.vararg.is_some();
        unit.flags.varkw = args.kwarg.is_some();
        unit.flags.generator = self.table.scopes[scope].is_generator;
        let span = self.b().span;
        self.units.push(unit);
        self.set_span(span);
        self.emit(Op::Resume);
        body(self)?;
        self.load_const(Value::None);
        self.emit(Op::ReturnValue);
        self.finish_unit()
    }

    /// Emits the closure tuple (if any) and MakeFunction for a compiled child.
    pub(super) fn make_closure(
        &mut self,
        code: Rc<Code>,
        mut flags: u8,
        span: Span,
    ) -> Result<(), CompileError> {
        self.set_span(span);
        if !code.freevars.is_empty() {
            let names: Vec<String> = code
                .freevars
                .iter()
                .map(|n| n.as_str().to_string())
                .collect();
            for n in &names {
                let i = self.cell_index(n);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(names.len() as u32));
            flags |= 8;
        }
        let u = self.u();
        u.codes.push(code);
        let idx = u.codes.len() - 1;
        if idx > u16::MAX as usize {
            return Err(syntax("too many nested functions", span));
        }
        self.emit(Op::MakeFunction {
            code: idx as u16,
            flags,
        });
        Ok(())
    }

    /// `co_firstlineno`: the first decorator's line, else the statement's.
    fn first_line(&self, decorators: &[Expr], span: Span) -> u32 {
        let start = decorators.first().map_or(span.start, |d| d.span.start);
        self.source.line_of(start)
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> Result<(), CompileError> {
        check_repeated_keywords(&c.keywords)?;
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_span(span);
        self.emit(Op::LoadBuildClass);
        let scope = self.scope_for(ScopeKind::Class, span)?;
        let line = self.first_line(&c.decorators, span);
        let mut unit = self.new_unit(scope, &c.name, line);
        unit.flags.uses_namespace = true;
        let qualname = unit.qualname.clone();
        self.units.push(unit);
        self.set_span(span);
        let name_i = self.b().name("__name__");
        self.emit(Op::LoadName(name_i));
        let module_i = self.b().name("__module__");
        self.emit(Op::StoreName(module_i));
        self.load_const(Value::str(&qualname));
        let q = self.b().name("__qualname__");
        self.emit(Op::StoreName(q));
        if let Some(doc) = docstring(&c.body) {
            self.load_const(Value::str(&doc));
            let d = self.b().name("__doc__");
            self.emit(Op::StoreName(d));
        }
        if c.body
            .iter()
            .any(|s| matches!(s.kind, StmtKind::AnnAssign { .. }))
        {
            self.emit(Op::SetupAnnotations);
        }
        self.body(&c.body)?;
        self.set_span(span);
        if self.table.scopes[scope].needs_class_cell {
            let i = self.cell_index("__class__");
            self.emit(Op::LoadClosure(i));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit()?;
        self.make_closure(code, 0, span)?;
        self.load_const(Value::str(&c.name));
        let has_star = c
            .bases
            .iter()
            .any(|b| matches!(b.kind, ExprKind::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            return Err(unsupported("starred bases in a class statement", span));
        }
        for b in &c.bases {
            self.expr(b)?;
        }
        self.set_span(span);
        if c.keywords.is_empty() {
            self.emit(Op::Call(2 + c.bases.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                self.expr(&k.value)?;
                names.push(Value::str(k.arg.as_deref().unwrap_or("")));
            }
            let ni = self.b().constant(Value::tuple(names));
            self.emit(Op::CallKw {
                argc: (2 + c.bases.len() + c.keywords.len()) as u16,
                names: ni as u16,
            });
        }
        for d in c.decorators.iter().rev() {
            self.set_span(d.span);
            self.emit(Op::Call(1));
        }
        self.store_name(&c.binding);
        Ok(())
    }
}

/// The name a comprehension kind's code object has.
pub(super) fn comp_name(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::ListComp { .. } => "<listcomp>",
        ExprKind::SetComp { .. } => "<setcomp>",
        ExprKind::DictComp { .. } => "<dictcomp>",
        _ => "<genexpr>",
    }
}

impl<'a> Compiler<'a> {
    /// Line of a span (for code objects).
    pub(super) fn line(&self, span: Span) -> u32 {
        self.source.line_of(span.start)
    }

    /// Where an attribute operation on `attribute` (spanning `attribute`'s
    /// expression) is reported, ending where `whole` ends. As in CPython
    /// 3.11, an attribute on a later line than the expression's start (a
    /// method chain split over lines) starts at the attribute's name.
    pub(super) fn attr_span(&self, attribute: Span, attr: &str, whole: Span) -> Span {
        let end = attribute.end;
        if self.source.line_of(attribute.start) == self.source.line_of(end) {
            return whole;
        }
        Span::new(end.saturating_sub(attr.len() as u32), whole.end)
    }

    /// Unit flags access for comprehensions.
    pub(super) fn mark_generator(&mut self) {
        self.u().flags.generator = true;
    }

    /// The kind of unit being compiled.
    pub(super) fn unit_kind(&mut self) -> ScopeKind {
        self.u().kind
    }

    /// Parameters of the unit's scope.
    pub(super) fn unit_params(&self) -> Vec<String> {
        self.scope().params.clone()
    }

    /// Resolution of a name in the unit's scope.
    pub(super) fn resolve(&self, name: &str) -> Resolution {
        self.scope().resolve(name)
    }

    /// Starts a comprehension unit.
    pub(super) fn push_comprehension_unit(&mut self, scope: usize, name: &str, span: Span) {
        let line = self.line(span);
        let mut unit = self.new_unit(scope, name, line);
        unit.argcount = 1;
        unit.flags.generator = self.table.scopes[scope].is_generator;
        self.units.push(unit);
        self.set_span(span);
        self.emit(Op::Resume);
    }

    /// Finishes the unit on top.
    pub(super) fn pop_unit(&mut self) -> Result<Rc<Code>, CompileError> {
        self.finish_unit()
    }
}

/// Where CPython 3.11 points a failed `assert`: at the comparison its
/// conditional jumps compiled last (through `not`, `and`/`or` and `if`-`else`),
/// else at the whole statement (so no carets are drawn).
fn assert_blame(e: &Expr) -> Option<Span> {
    match &e.kind {
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => assert_blame(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(assert_blame),
        ExprKind::IfExp { test, body, orelse } => assert_blame(orelse)
            .or_else(|| assert_blame(body))
            .or_else(|| assert_blame(test)),
        ExprKind::Compare { .. } => Some(e.span),
        _ => None,
    }
}
