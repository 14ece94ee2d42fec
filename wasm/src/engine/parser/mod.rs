//! A hand-written recursive-descent parser for Python 3.11, producing [`ast`]
//! nodes and CPython's syntax errors (class, message and caret position).
//!
//! CPython's PEG parser makes a second pass with `invalid_*` rules to pick a
//! helpful message once a first pass has failed. This parser makes one pass and
//! diagnoses at the point of failure, looking at what it already parsed and at
//! what follows, the way those rules do. Like CPython's parser, it reports a
//! generic "invalid syntax" at the furthest token it had to look at.
//!
//! Spans run from a node's first token to its last, as CPython's positions
//! do (so `(a) + b` starts at the parenthesis, while the group `(a)` itself is
//! just the `Name`). Match patterns are kept as expressions: see `pattern.rs`.
//!
//! Not checked here, because CPython checks them after parsing (in its
//! symbol table or compiler): `return`/`yield`/`await` outside a function,
//! `break`/`continue` outside a loop, duplicate parameters, `global` and
//! `nonlocal` conflicts, starred assignment targets outside a list or tuple
//! and more than one of them, `*x` where no unpacking is allowed, assignment
//! to `__debug__`, repeated keyword arguments, `from __future__` rules,
//! `import *` inside a function, a bare `except:` that is not last,
//! `break`/`continue`/`return` in `except*`, `yield` in comprehensions, the
//! walrus restrictions in comprehensions, async generators and
//! comprehensions, and the semantic checks on match patterns.
//!
//! [`ast`]: super::ast

mod args;
mod expr;
mod fstring;
mod mangle;

pub use mangle::private_name;
mod pattern;
mod stmt;
mod target;

use super::ast::{Expr, Module, Span};
use super::error::{CompileError, SyntaxError, SyntaxErrorKind};
use super::lexer::{self, LexError};
use super::nfkc;
use super::token::{Token, TokenKind};

/// Deepest expression nesting accepted, as CPython 3.11's compiler does before
/// "RecursionError: maximum recursion depth exceeded during compilation".
pub const MAX_EXPR_DEPTH: u32 = 2990;

/// Deepest recursion of the parser itself: brackets, lambda parameters,
/// f-string fields and blocks each add a level. CPython's tokenizer already
/// stops brackets at 200 levels and indentation at 100 (both accepted here);
/// this bounds the combinations, so that the native stack (1 MiB on wasm)
/// cannot overflow: about 1.5 KiB per level in a native release build.
const MAX_RECURSION: u32 = 320;

/// Parses a module, ready to compile: private names inside classes mangled.
pub fn parse_module(source: &str) -> Result<Module, CompileError> {
    let mut module = parse_tree(source)?;
    mangle::mangle_module(&mut module);
    Ok(module)
}

/// Parses a file into the tree CPython's `ast` module gives: private names
/// inside classes are as written, not yet mangled.
pub fn parse_tree(source: &str) -> Result<Module, CompileError> {
    let lexed = lexer::tokenize(source);
    let mut p = Parser::new(source, lexed.tokens, lexed.error, None, 0);
    let result = p.file();
    p.finish(result)
}

/// Parses a single expression (or a bare tuple), as `eval` input: leading
/// indentation and trailing newlines allowed.
pub fn parse_expression(source: &str) -> Result<Expr, CompileError> {
    let lexed = lexer::tokenize(source);
    let mut p = Parser::new(source, lexed.tokens, lexed.error, None, 0);
    let result = p.eval_input();
    p.finish(result)
}

/// CPython converts the end column of an error with the text of the error's
/// *first* line, so on a later line it cannot exceed that line's length + 1;
/// reproduce the reported position.
fn clamp_multiline_end(src: &str, span: Span) -> Span {
    let b = src.as_bytes();
    let (s, e) = (span.start as usize, (span.end as usize).min(b.len()));
    if e <= s || !b[s..e].iter().any(|&c| c == b'\n' || c == b'\r') {
        return span;
    }
    let line_start = |mut p: usize| {
        while p > 0 && !matches!(b[p - 1], b'\n' | b'\r') {
            p -= 1;
        }
        p
    };
    let first_start = line_start(s);
    let mut first_end = s;
    while first_end < b.len() && !matches!(b[first_end], b'\n' | b'\r') {
        first_end += 1;
    }
    let first_len = src
        .get(first_start..first_end)
        .map_or(0, |t| t.chars().count());
    let last_start = line_start(e);
    let end_col = src.get(last_start..e).map_or(0, |t| t.chars().count());
    if end_col <= first_len {
        return span;
    }
    let mut p = last_start;
    for _ in 0..first_len {
        p += src[p..].chars().next().map_or(1, char::len_utf8);
    }
    Span::new(span.start, p as u32)
}

/// Parser state a probe restores.
#[derive(Clone, Copy)]
struct Saved {
    pos: usize,
    last_disj: Option<LastDisjunction>,
    d: u32,
    max_pos: usize,
    last_sig_end: u32,
    bare_tuple: Option<Span>,
}

/// How many diagnostic probes may nest.
const MAX_PROBE_DEPTH: u32 = 4;

/// A generic "invalid syntax" (which CPython's second pass may refine).
pub(crate) fn is_generic_failure(f: &Failure) -> bool {
    match f {
        Failure::Syntax(e) => e.msg == "invalid syntax" || e.msg == "f-string: invalid syntax",
        Failure::TooDeep(_) => false,
    }
}

/// Why parsing stopped.
#[derive(Debug)]
pub(crate) enum Failure {
    /// A syntax error.
    Syntax(SyntaxError),
    /// Nesting beyond what the compiler can take.
    TooDeep(Span),
}

pub(crate) type PResult<T> = Result<T, Box<Failure>>;

/// An f-string replacement field being parsed by a sub-parser: CPython reports
/// errors in it with "f-string: " and columns counted in `(expr)`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldCtx {
    /// First byte of the expression text.
    pub expr_start: u32,
}

/// The most recently completed `disjunction`, for CPython's
/// "Perhaps you forgot a comma?" and legacy `print` diagnostics.
#[derive(Clone, Copy, Debug)]
struct LastDisjunction {
    start_tok: usize,
    end_tok: usize,
    span: Span,
}

pub(crate) struct Parser<'a> {
    src: &'a str,
    toks: Vec<Token>,
    pos: usize,
    /// Furthest token index looked at (CPython reports generic errors there).
    max_pos: usize,
    /// Furthest token index reached by any parse, probes included: CPython's
    /// second pass fetching a bad token raises the tokenizer's error.
    furthest: usize,
    /// The error is CPython's "unexpected indent/unindent", which later
    /// tokenizer errors do not replace.
    keep_error: bool,
    lex_error: Option<LexError>,
    /// Current recursion depth.
    depth: u32,
    /// Nesting depth of the expression most recently returned.
    d: u32,
    /// First construct we parse but do not support (reported if nothing is wrong).
    unsupported: Option<(String, Span)>,
    field: Option<FieldCtx>,
    last_disj: Option<LastDisjunction>,
    /// Inside a speculative parse: skip expensive diagnostics.
    speculating: u32,
    /// Bracket level at the start (1 inside an f-string field).
    base_level: u32,
    /// Nesting of diagnostic probes (bounded: each can start more).
    probe_depth: u32,
    /// Start of the first token of the expression `expression_chain` continues.
    chain_start: u32,
    /// Tokens consumed so far, backtracking included.
    consumed: usize,
    /// Tokens consumed by diagnostic probes, and the most they may consume:
    /// probes re-read input (and probe again inside), so without a bound a
    /// pathological program could take exponential time.
    probe_work: usize,
    probe_limit: usize,
    /// End of the last consumed token that is not NEWLINE/INDENT/DEDENT.
    last_sig_end: u32,
    /// Span of the last tuple built by `star_expressions` (a tuple without
    /// parentheses), which some messages treat differently.
    bare_tuple: Option<Span>,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(
        src: &'a str,
        toks: Vec<Token>,
        lex_error: Option<LexError>,
        field: Option<FieldCtx>,
        depth: u32,
    ) -> Parser<'a> {
        let toks_len = toks.len();
        Parser {
            src,
            toks,
            pos: 0,
            max_pos: 0,
            furthest: 0,
            keep_error: false,
            lex_error,
            depth,
            d: 0,
            unsupported: None,
            field,
            last_disj: None,
            speculating: 0,
            base_level: u32::from(field.is_some()),
            last_sig_end: 0,
            bare_tuple: None,
            probe_depth: 0,
            chain_start: 0,
            consumed: 0,
            probe_work: 0,
            probe_limit: 4 * toks_len + 256,
        }
    }

    /// Turns the outcome into the public result, letting tokenizer errors take
    /// precedence the way CPython's lazy tokenizer does.
    fn finish<T>(&mut self, result: PResult<T>) -> Result<T, CompileError> {
        match result {
            Ok(v) => {
                if let Some(le) = self.lex_error.take() {
                    return Err(CompileError::Syntax(le.error));
                }
                if let Some((feature, span)) = self.unsupported.take() {
                    return Err(CompileError::Unsupported { feature, span });
                }
                Ok(v)
            }
            Err(f) => match *f {
                Failure::TooDeep(span) => Err(CompileError::TooDeep { span }),
                Failure::Syntax(e) => {
                    let mut e = self.resolve(e);
                    e.span = clamp_multiline_end(self.src, e.span);
                    Err(CompileError::Syntax(e))
                }
            },
        }
    }

    /// Picks between a parser error and a tokenizer error further on.
    fn resolve(&mut self, err: SyntaxError) -> SyntaxError {
        let Some(le) = self.lex_error.take() else {
            return err;
        };
        if self.furthest >= le.at {
            return le.error;
        }
        if self.keep_error {
            return err;
        }
        if le.direct {
            return le.error;
        }
        if let Some(ob) = le.open_bracket {
            let tok = self.toks[self.max_pos.min(self.toks.len() - 1)];
            if self.line_of(tok.start) > ob.line {
                return SyntaxError {
                    kind: SyntaxErrorKind::Syntax,
                    msg: format!("'{}' was never closed", ob.ch as char),
                    span: Span::new(ob.offset, ob.offset),
                };
            }
        }
        err
    }

    // ----- tokens -----

    fn look(&mut self, i: usize) -> Token {
        let i = i.min(self.toks.len() - 1);
        if i > self.max_pos {
            self.max_pos = i;
        }
        if i > self.furthest {
            self.furthest = i;
        }
        self.toks[i]
    }

    /// The current token's kind.
    fn kind(&mut self) -> TokenKind {
        self.look(self.pos).kind
    }

    /// The kind of the token `n` ahead.
    fn nth(&mut self, n: usize) -> TokenKind {
        self.look(self.pos + n).kind
    }

    fn tok(&mut self) -> Token {
        self.look(self.pos)
    }

    fn at(&mut self, k: TokenKind) -> bool {
        self.kind() == k
    }

    fn bump(&mut self) -> Token {
        self.consumed += 1;
        let t = self.tok();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        if !matches!(
            t.kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker
        ) {
            self.last_sig_end = t.end;
        }
        t
    }

    fn eat(&mut self, k: TokenKind) -> bool {
        if self.at(k) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, k: TokenKind) -> PResult<Token> {
        if self.at(k) {
            Ok(self.bump())
        } else {
            Err(self.invalid())
        }
    }

    /// CPython's `&&'x'`: a token that must be there, else "expected 'x'" at
    /// whatever is there instead.
    fn expect_forced(&mut self, k: TokenKind, what: &str) -> PResult<Token> {
        if self.at(k) {
            return Ok(self.bump());
        }
        let t = self.tok();
        Err(self.error_at(self.token_span(t), format!("expected '{what}'")))
    }

    fn current_text(&mut self) -> &'a str {
        let t = self.tok();
        self.text(t)
    }

    /// An identifier's value: CPython normalizes identifiers to NFKC. The
    /// common compatibility forms are folded; any other character NFKC would
    /// change is reported as unsupported rather than kept unnormalized.
    fn ident(&mut self, t: Token) -> String {
        let text = self.text(t);
        if text.is_ascii() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if nfkc::changes(c) {
                match nfkc::fold(c) {
                    Some(f) => out.push(f),
                    None => {
                        self.note_unsupported(
                            "identifiers that Unicode normalization (NFKC) changes",
                            Span::new(t.start, t.end),
                        );
                        out.push(c);
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn text(&self, t: Token) -> &'a str {
        self.src.get(t.start as usize..t.end as usize).unwrap_or("")
    }

    /// The end of the last consumed token.
    fn prev_end(&self) -> u32 {
        if self.pos == 0 {
            return self.toks.first().map_or(0, |t| t.start);
        }
        self.toks[self.pos - 1].end
    }

    /// CPython 3.11's SOFT_KEYWORD test, used to suppress the missing-comma
    /// hint. It compares only as many characters as the name has, so any
    /// prefix of `match`, `case` or `_` (such as `c`) counts.
    fn is_soft_keyword(&self, t: Token) -> bool {
        let text = self.text(t);
        t.kind == TokenKind::Name
            && !text.is_empty()
            && ["_", "case", "match"].iter().any(|k| k.starts_with(text))
    }

    // ----- errors -----

    /// 1-based line of a byte offset.
    fn line_of(&self, offset: u32) -> u32 {
        let end = (offset as usize).min(self.src.len());
        let b = &self.src.as_bytes()[..end];
        let mut line = 1;
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => line += 1,
                b'\r' if b.get(i + 1) != Some(&b'\n') => line += 1,
                _ => {}
            }
            i += 1;
        }
        line
    }

    /// The span CPython's caret marks for a token. INDENT and DEDENT have no
    /// position of their own; CPython uses the tokenizer's current position.
    fn token_span(&self, t: Token) -> Span {
        let at_eof = self.toks.last().is_some_and(|e| e.start == t.start);
        match t.kind {
            TokenKind::Indent | TokenKind::Dedent if !at_eof => {
                let p = self.char_before(t.start);
                Span::new(p, p)
            }
            _ => Span::new(t.start, t.end),
        }
    }

    /// Start of the character before `offset`, unless that crosses a line break.
    fn char_before(&self, offset: u32) -> u32 {
        let b = self.src.as_bytes();
        let o = offset as usize;
        if o == 0 || o > b.len() || matches!(b[o - 1], b'\n' | b'\r') {
            return offset;
        }
        let mut p = o - 1;
        while p > 0 && !self.src.is_char_boundary(p) {
            p -= 1;
        }
        p as u32
    }

    fn error_at(&self, span: Span, msg: String) -> Box<Failure> {
        self.error_kind_at(SyntaxErrorKind::Syntax, span, msg)
    }

    fn error_kind_at(&self, kind: SyntaxErrorKind, span: Span, msg: String) -> Box<Failure> {
        let (span, msg) = match self.field {
            Some(f) => (self.field_span(f, span), format!("f-string: {msg}")),
            None => (span, msg),
        };
        Box::new(Failure::Syntax(SyntaxError { kind, msg, span }))
    }

    /// CPython 3.11 parses a field as `(expr)` on its own and reports columns
    /// in that text (on the field's first line); reproduce those positions.
    fn field_span(&self, f: FieldCtx, span: Span) -> Span {
        let map = |o: u32| -> u32 {
            let b = self.src.as_bytes();
            let es = f.expr_start as usize;
            let o_us = (o as usize).min(b.len());
            if o_us < es || b[es..o_us].iter().any(|&c| c == b'\n' || c == b'\r') {
                return o;
            }
            // Column in "(expr)": one for the parenthesis plus characters before o.
            let col = 1 + self.src.get(es..o_us).map_or(0, |s| s.chars().count());
            let mut ls = es;
            while ls > 0 && !matches!(b[ls - 1], b'\n' | b'\r') {
                ls -= 1;
            }
            let mut p = ls;
            for _ in 0..col {
                if p >= b.len() {
                    break;
                }
                p += self.src[p..].chars().next().map_or(1, char::len_utf8);
            }
            p as u32
        };
        Span::new(map(span.start), map(span.end))
    }

    /// The generic error at the furthest token seen, refined the way CPython's
    /// second pass would where it can.
    fn invalid(&mut self) -> Box<Failure> {
        let idx = self.max_pos.min(self.toks.len() - 1);
        let t = self.toks[idx];
        match t.kind {
            TokenKind::Indent => {
                self.keep_error = true;
                return self.error_kind_at(
                    SyntaxErrorKind::Indentation,
                    self.token_span(t),
                    "unexpected indent".into(),
                );
            }
            TokenKind::Dedent => {
                self.keep_error = true;
                return self.error_kind_at(
                    SyntaxErrorKind::Indentation,
                    self.token_span(t),
                    "unexpected unindent".into(),
                );
            }
            _ => {}
        }
        if self.speculating == 0 {
            if let Some(e) = self.diagnose_juxtaposition(idx) {
                return e;
            }
        }
        if t.kind == TokenKind::EndMarker {
            // CPython reports column 0 of the last line; the nearest a span can
            // say is the line's first column.
            let b = self.src.as_bytes();
            let mut p = (t.start as usize).min(b.len());
            while p > 0 && !matches!(b[p - 1], b'\n' | b'\r') {
                p -= 1;
            }
            return self.error_at(Span::new(p as u32, p as u32), "invalid syntax".into());
        }
        self.error_at(self.token_span(t), "invalid syntax".into())
    }

    /// CPython's `invalid_expression` and `invalid_legacy_expression`, as its
    /// second pass applies them where one expression directly follows another.
    fn diagnose_juxtaposition(&mut self, idx: usize) -> Option<Box<Failure>> {
        if self.probe_depth >= MAX_PROBE_DEPTH {
            return None;
        }
        let ld = self.last_disj?;
        if ld.end_tok != idx {
            return None;
        }
        let first = self.toks[ld.start_tok];
        let first_text = self.text(first);
        let single_name = first.kind == TokenKind::Name && ld.end_tok == ld.start_tok + 1;
        let is_legacy = single_name && matches!(first_text, "print" | "exec");
        let saved = (self.pos, self.max_pos, self.last_disj, self.d);
        self.probe_depth += 1;
        let mut result = None;
        // "Perhaps you forgot a comma?", inside brackets only.
        let second = self.toks.get(ld.start_tok + 1).copied();
        let name_string =
            first.kind == TokenKind::Name && second.is_some_and(|s| s.kind == TokenKind::String);
        if !is_legacy && !name_string && !self.is_soft_keyword(first) {
            self.pos = idx;
            if let Some(b) = self.speculate(|p| p.expression_without_invalid()) {
                if self.level_at(self.pos.saturating_sub(1)) > 0 {
                    result = Some(self.error_at(
                        Span::new(ld.span.start, b.span.end),
                        "invalid syntax. Perhaps you forgot a comma?".into(),
                    ));
                }
            }
        }
        // After a leading name, CPython reads the rest as `star_expressions`
        // with its diagnostics on: they may fire inside, and for `print` and
        // `exec` the statement form is named.
        if result.is_none() && single_name && self.toks[idx].kind != TokenKind::LPar {
            self.pos = idx;
            self.last_disj = None;
            match self.probe(|p| p.star_expressions()) {
                Err(specific) => result = Some(specific),
                Ok(Some(b)) => {
                    let after = self.pos;
                    if let Some(inner) = self.diagnose_juxtaposition(after) {
                        result = Some(inner);
                    } else if is_legacy {
                        let name = first_text.to_string();
                        result = Some(self.error_at(
                            Span::new(first.start, b.span.end),
                            format!(
                                "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                            ),
                        ));
                    }
                }
                Ok(None) => {}
            }
        }
        self.probe_depth -= 1;
        self.pos = saved.0;
        self.max_pos = saved.1;
        self.last_disj = saved.2;
        self.d = saved.3;
        result
    }

    /// A probe with diagnostics on: a specific error found inside is returned
    /// as `Err`; a generic failure is `Ok(None)`.
    fn probe<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<Option<T>> {
        if self.probe_work > self.probe_limit {
            return Ok(None);
        }
        let saved = (self.pos, self.max_pos, self.last_sig_end, self.bare_tuple);
        let before = self.consumed;
        let r = f(self);
        self.probe_work += self.consumed - before + 1;
        self.max_pos = saved.1;
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                self.pos = saved.0;
                self.last_sig_end = saved.2;
                self.bare_tuple = saved.3;
                if is_generic_failure(&e) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Runs a probing parse (what CPython's second pass would look at): on
    /// failure the position is restored, and in any case the furthest token
    /// seen is, so generic errors stay where the first pass stopped.
    fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        if self.probe_work > self.probe_limit {
            return None;
        }
        let before = self.consumed;
        let r = self.speculate_always(f);
        self.probe_work += self.consumed - before + 1;
        r
    }

    /// A speculative parse that decides what the program means (not only
    /// which message to give), so it is never cut short by the probe budget.
    fn speculate_always<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        let saved = self.save();
        self.speculating += 1;
        let r = f(self);
        self.speculating -= 1;
        self.restore(saved, r.is_ok());
        r.ok()
    }

    // Kept out of the generic `speculate` so each call site stays small.
    #[inline(never)]
    fn save(&self) -> Saved {
        Saved {
            pos: self.pos,
            last_disj: self.last_disj,
            d: self.d,
            max_pos: self.max_pos,
            last_sig_end: self.last_sig_end,
            bare_tuple: self.bare_tuple,
        }
    }

    #[inline(never)]
    fn restore(&mut self, s: Saved, succeeded: bool) {
        self.max_pos = s.max_pos;
        if !succeeded {
            self.pos = s.pos;
            self.last_disj = s.last_disj;
            self.d = s.d;
            self.last_sig_end = s.last_sig_end;
            self.bare_tuple = s.bare_tuple;
        }
    }

    /// Bracket nesting level at token `idx` (after it, for an opening bracket).
    fn level_at(&self, idx: usize) -> u32 {
        let mut level: i64 = self.base_level as i64;
        for t in &self.toks[..=idx.min(self.toks.len() - 1)] {
            match t.kind {
                TokenKind::LPar | TokenKind::LSqb | TokenKind::LBrace => level += 1,
                TokenKind::RPar | TokenKind::RSqb | TokenKind::RBrace => level -= 1,
                _ => {}
            }
        }
        level.max(0) as u32
    }

    // ----- limits -----

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_RECURSION {
            let t = self.tok();
            return Err(Box::new(Failure::TooDeep(Span::new(t.start, t.end))));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Records the depth of a node built over children of depth `child`.
    fn deepen(&mut self, child: u32, span: Span) -> PResult<()> {
        let d = child + 1;
        if d > MAX_EXPR_DEPTH {
            return Err(Box::new(Failure::TooDeep(span)));
        }
        self.d = d;
        Ok(())
    }

    fn note_unsupported(&mut self, feature: &str, span: Span) {
        if self.unsupported.is_none() {
            self.unsupported = Some((feature.to_string(), span));
        }
    }
}
