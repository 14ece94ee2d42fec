//! The tokenizer, following CPython 3.11's `Parser/tokenizer.c`: indentation with
//! CPython's tab rules, implicit line joining inside brackets, backslash
//! continuation, string prefixes and quotes, numeric literals and their errors.
//!
//! Two modes share one scanner. For the parser it stops at the first error,
//! which it records together with the token index at which CPython's parser
//! would have met it (CPython tokenizes lazily, so an earlier parser error wins
//! unless the tokenizer error is one it raises directly). For the highlighter it
//! never stops: it emits what it can and keeps going.

use super::ast::Span;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::methods::str_case::{is_identifier_continue, is_identifier_start};
use super::numeric::str_repr::is_printable;
use super::token::{Token, TokenKind};

/// CPython's `MAXINDENT`: indentation levels allowed (one fewer, in practice).
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: bracket nesting allowed.
const MAX_LEVEL: usize = 200;
/// CPython's tab size for indentation (`altcol` uses 1).
const TAB_SIZE: u32 = 8;

/// A bracket the tokenizer saw open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenBracket {
    /// `(`, `[` or `{`.
    pub ch: u8,
    /// 1-based line it is on.
    pub line: u32,
    /// Its byte offset.
    pub offset: u32,
}

/// The first tokenizer error of a source.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    /// The error as CPython reports it when its parser fetches the bad token.
    pub error: SyntaxError,
    /// Index in the token list at which the parser meets the error.
    pub at: usize,
    /// Raised by CPython's tokenizer itself (not converted later by the parser):
    /// such an error outranks any parser error found earlier in the file.
    pub direct: bool,
    /// The innermost bracket still open when the error happened.
    pub open_bracket: Option<OpenBracket>,
}

/// The tokens of a source, and the error that stopped the tokenizer, if any.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    /// The tokens; always ends with `EndMarker`.
    pub tokens: Vec<Token>,
    /// The first error (strict mode only).
    pub error: Option<LexError>,
}

/// Tokenizes a whole module for the parser, stopping at the first error.
pub fn tokenize(src: &str) -> Lexed {
    let mut lx = Lexer::new(src, 0, src.len(), false, Mode::Strict);
    if src.as_bytes().contains(&0) {
        // CPython refuses such a source before tokenizing it.
        lx.fail(
            SyntaxErrorKind::Syntax,
            "source code string cannot contain null bytes".into(),
            Span::new(0, 0),
            true,
        );
        return lx.finish();
    }
    lx.run();
    lx.finish()
}

/// Tokenizes `src[start..end]` as if it were inside brackets (an f-string
/// replacement field); spans stay relative to the whole `src`.
pub fn tokenize_range(src: &str, start: usize, end: usize) -> Lexed {
    let mut lx = Lexer::new(src, start, end, true, Mode::Strict);
    lx.run();
    lx.finish()
}

/// Tokenizes for highlighting: comments included, errors skipped, never fails.
pub fn tokenize_lenient(src: &str, start: usize, end: usize, in_brackets: bool) -> Vec<Token> {
    let mut lx = Lexer::new(src, start, end, in_brackets, Mode::Lenient);
    lx.run();
    lx.finish().tokens
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Strict,
    Lenient,
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    end: usize,
    /// 1-based line of `pos`.
    line: u32,
    line_start: usize,
    at_bol: bool,
    /// Indentation stack: (column with tabs to 8, column with tabs to 1).
    indents: Vec<(u32, u32)>,
    /// Pending INDENT (positive) or DEDENT (negative) tokens.
    pending: i32,
    brackets: Vec<OpenBracket>,
    /// Lexing an f-string field: newlines never end a line.
    in_field: bool,
    /// The current logical line has produced a token (so a NEWLINE is due).
    line_has_tokens: bool,
    /// Start of a comment just skipped (a NEWLINE right after it starts there).
    comment_start: Option<usize>,
    tokens: Vec<Token>,
    error: Option<LexError>,
    mode: Mode,
}

/// Continue or stop after producing something.
type Step = Result<(), ()>;

impl<'a> Lexer<'a> {
    fn new(src: &'a str, start: usize, end: usize, in_field: bool, mode: Mode) -> Lexer<'a> {
        let b = src.as_bytes();
        let end = end.min(b.len());
        let start = start.min(end);
        // Line bookkeeping is relative to the whole source. Inside an
        // f-string field no message names a line (the field's brackets and
        // quotes are checked before it is lexed), so the count is skipped
        // there: it would cost a pass over the source per field.
        let mut line = 1;
        let mut line_start = 0;
        let mut i = if in_field { start } else { 0 };
        if in_field {
            line_start = start;
        }
        while i < start {
            match b[i] {
                b'\n' => {
                    line += 1;
                    line_start = i + 1;
                }
                b'\r' if b.get(i + 1) != Some(&b'\n') => {
                    line += 1;
                    line_start = i + 1;
                }
                _ => {}
            }
            i += 1;
        }
        Lexer {
            src,
            b,
            pos: start,
            end,
            line,
            line_start,
            at_bol: !in_field,
            indents: vec![(0, 0)],
            pending: 0,
            brackets: Vec::new(),
            in_field,
            line_has_tokens: false,
            comment_start: None,
            tokens: Vec::with_capacity((end - start) / 4 + 4),
            error: None,
            mode,
        }
    }

    fn finish(mut self) -> Lexed {
        let at = if self.in_field {
            self.end as u32
        } else {
            self.eof_position() as u32
        };
        self.tokens.push(Token {
            kind: TokenKind::EndMarker,
            start: at,
            end: at,
        });
        Lexed {
            tokens: self.tokens,
            error: self.error,
        }
    }

    fn peek(&self) -> u8 {
        if self.pos < self.end {
            self.b[self.pos]
        } else {
            0
        }
    }

    fn peek_at(&self, n: usize) -> u8 {
        if self.pos + n < self.end {
            self.b[self.pos + n]
        } else {
            0
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            start: start as u32,
            end: end as u32,
        });
    }

    /// Records an error; in strict mode this stops the lexer.
    fn fail(&mut self, kind: SyntaxErrorKind, msg: String, span: Span, direct: bool) {
        if self.mode == Mode::Strict && self.error.is_none() {
            self.error = Some(LexError {
                error: SyntaxError { kind, msg, span },
                at: self.tokens.len(),
                direct,
                open_bracket: self.brackets.last().copied(),
            });
        }
    }

    fn strict(&self) -> bool {
        self.mode == Mode::Strict
    }

    /// Byte offset CPython reports for an error at the end of the input: the
    /// (possibly implicit) final newline.
    fn eof_offset(&self) -> usize {
        let mut p = self.end;
        if p > 0 && self.b[p - 1] == b'\n' {
            p -= 1;
            if p > 0 && self.b[p - 1] == b'\r' {
                p -= 1;
            }
        } else if p > 0 && self.b[p - 1] == b'\r' {
            p -= 1;
        }
        p
    }

    /// Where the end-of-input tokens go: the final newline, unless a token
    /// (an unterminated string, while highlighting) already covers it.
    fn eof_position(&self) -> usize {
        let last = self.tokens.last().map_or(0, |t| t.end as usize);
        self.eof_offset().max(last)
    }

    /// The 1-based line CPython names in "detected at line N" at end of input.
    fn eof_line(&self) -> u32 {
        let ends_with_newline = self.end > 0 && matches!(self.b[self.end - 1], b'\n' | b'\r');
        if ends_with_newline && self.end == self.line_start {
            self.line.saturating_sub(1).max(1)
        } else {
            self.line
        }
    }

    /// Consumes a line break at `pos` if there is one.
    fn eat_newline(&mut self) -> bool {
        match self.peek() {
            b'\n' => {
                self.pos += 1;
            }
            b'\r' => {
                self.pos += 1;
                if self.peek() == b'\n' {
                    self.pos += 1;
                }
            }
            _ => return false,
        }
        self.line += 1;
        self.line_start = self.pos;
        true
    }

    fn run(&mut self) {
        while self.step().is_ok() {}
    }

    /// Produces the next token(s); `Err` when done (end of input or a strict error).
    fn step(&mut self) -> Step {
        if self.error.is_some() {
            return Err(());
        }
        if self.at_bol {
            self.at_bol = false;
            self.indentation()?;
        }
        if self.pending != 0 {
            let p = self.pos;
            if self.pending < 0 {
                self.pending += 1;
                self.push(TokenKind::Dedent, p, p);
            } else {
                self.pending -= 1;
                self.push(TokenKind::Indent, p, p);
            }
            return Ok(());
        }
        // Skip spaces, tabs and form feeds.
        while matches!(self.peek(), b' ' | b'\t' | b'\x0c') && !self.at_end() {
            self.pos += 1;
        }
        if self.at_end() {
            return self.end_of_input();
        }
        let start = self.pos;
        let c = self.peek();
        if c != b'\n' && c != b'\r' {
            self.comment_start = None;
        }
        match c {
            b'#' => {
                while !self.at_end() && !matches!(self.peek(), b'\n' | b'\r') {
                    self.pos += 1;
                }
                if !self.strict() {
                    self.push(TokenKind::Comment, start, self.pos);
                }
                // CPython's NEWLINE token after a comment starts at the `#`.
                self.comment_start = Some(start);
                Ok(())
            }
            b'\n' | b'\r' => {
                let nl_end = self.pos;
                let nl_start = self.comment_start.take().unwrap_or(self.pos);
                self.eat_newline();
                if !self.in_field {
                    self.at_bol = true;
                }
                if self.brackets.is_empty() && !self.in_field && self.line_has_tokens {
                    self.line_has_tokens = false;
                    self.push(TokenKind::Newline, nl_start, nl_end);
                }
                Ok(())
            }
            b'\\' => self.continuation(),
            b'0'..=b'9' => {
                self.line_has_tokens = true;
                self.number(start)
            }
            b'.' if self.peek_at(1).is_ascii_digit() => {
                self.line_has_tokens = true;
                self.pos += 1;
                self.fraction(start)
            }
            b'"' | b'\'' => {
                self.line_has_tokens = true;
                self.string(start, start)
            }
            c if is_ident_start(c) => {
                self.line_has_tokens = true;
                self.name_or_string(start)
            }
            _ => {
                self.line_has_tokens = true;
                self.operator(start)
            }
        }
    }

    /// Measures the indentation of a new line and queues INDENT/DEDENT tokens.
    fn indentation(&mut self) -> Step {
        let mut col: u32 = 0;
        let mut altcol: u32 = 0;
        // Indentation cannot be split with backslashes: the column at the first
        // backslash decides (CPython 3.11.7's `cont_line_col`).
        let mut cont_line_col: u32 = 0;
        loop {
            match self.peek() {
                b' ' if !self.at_end() => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' if !self.at_end() => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                b'\x0c' if !self.at_end() => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' if !self.at_end() && matches!(self.peek_at(1), b'\n' | b'\r') => {
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    self.pos += 1;
                    self.eat_newline();
                    if self.at_end() {
                        return self.unexpected_eof();
                    }
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        // compile() appends a newline, so trailing spaces at the end are a blank line.
        let blank = self.at_end() || matches!(self.peek(), b'#' | b'\n' | b'\r');
        if blank || !self.brackets.is_empty() {
            return Ok(());
        }
        let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
        let line_start = self.line_start;
        if col == top {
            if altcol != alttop {
                return self.tab_error(line_start);
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                self.fail(
                    SyntaxErrorKind::Indentation,
                    "too many levels of indentation".into(),
                    Span::new(line_start as u32, line_start as u32),
                    false,
                );
                return self.after_error_skip_line();
            }
            if altcol <= alttop {
                return self.tab_error(line_start);
            }
            self.pending += 1;
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                self.pending -= 1;
            }
            let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let at = self.line_end_offset();
                self.fail(
                    SyntaxErrorKind::Indentation,
                    "unindent does not match any outer indentation level".into(),
                    Span::new(at as u32, at as u32),
                    false,
                );
                if self.strict() {
                    return Err(());
                }
                // Lenient: pretend it matched the nearest level.
                self.indents.push((col, altcol));
                self.pending += 1;
                return Ok(());
            }
            if altcol != alttop {
                return self.tab_error(line_start);
            }
        }
        Ok(())
    }

    fn tab_error(&mut self, line_start: usize) -> Step {
        self.fail(
            SyntaxErrorKind::Tab,
            "inconsistent use of tabs and spaces in indentation".into(),
            Span::new(line_start as u32, line_start as u32),
            false,
        );
        if self.strict() {
            Err(())
        } else {
            Ok(())
        }
    }

    fn after_error_skip_line(&mut self) -> Step {
        if self.strict() {
            Err(())
        } else {
            Ok(())
        }
    }

    /// Offset of the line break ending the current line (or end of input).
    fn line_end_offset(&self) -> usize {
        let mut p = self.pos;
        while p < self.end && !matches!(self.b[p], b'\n' | b'\r') {
            p += 1;
        }
        p
    }

    fn end_of_input(&mut self) -> Step {
        let p = self.end;
        if !self.brackets.is_empty() && !self.in_field {
            // CPython: '(' was never closed (reported by the parser when it gets here).
            let open = self.brackets.last().copied();
            if let Some(ob) = open {
                let msg = format!("'{}' was never closed", ob.ch as char);
                self.fail(
                    SyntaxErrorKind::Syntax,
                    msg,
                    Span::new(ob.offset, ob.offset),
                    false,
                );
            }
            if self.strict() {
                return Err(());
            }
        }
        if self.line_has_tokens && !self.in_field {
            self.line_has_tokens = false;
            self.push(TokenKind::Newline, p, p);
        }
        if !self.in_field {
            // CPython places these (and the end marker) at the final newline.
            let q = self.eof_position();
            while self.indents.len() > 1 {
                self.indents.pop();
                self.push(TokenKind::Dedent, q, q);
            }
        }
        Err(())
    }

    /// A backslash outside a string: it must end the physical line.
    fn continuation(&mut self) -> Step {
        self.pos += 1;
        if !self.eat_newline() {
            if self.at_end() {
                // compile() appends a newline, so this is a backslash at end of input.
                return self.unexpected_eof();
            }
            // CPython points at the character after the backslash.
            let at = self.pos as u32;
            self.fail(
                SyntaxErrorKind::Syntax,
                "unexpected character after line continuation character".into(),
                Span::new(at, at),
                false,
            );
            if self.strict() {
                return Err(());
            }
            return Ok(());
        }
        if self.at_end() {
            return self.unexpected_eof();
        }
        Ok(())
    }

    fn unexpected_eof(&mut self) -> Step {
        if self.in_field {
            return Ok(());
        }
        let at = self.eof_offset() as u32;
        if let Some(ob) = self.brackets.last().copied() {
            let msg = format!("'{}' was never closed", ob.ch as char);
            self.fail(
                SyntaxErrorKind::Syntax,
                msg,
                Span::new(ob.offset, ob.offset),
                false,
            );
        } else {
            self.fail(
                SyntaxErrorKind::Syntax,
                "unexpected EOF while parsing".into(),
                Span::new(at, at),
                false,
            );
        }
        if self.strict() {
            Err(())
        } else {
            self.pos = self.end;
            Ok(())
        }
    }

    /// An error raised by CPython's tokenizer with its caret just before `cur`.
    fn direct_error(&mut self, msg: String, cur: usize) -> Step {
        let at = self.char_before(cur) as u32;
        self.fail(SyntaxErrorKind::Syntax, msg, Span::new(at, at), true);
        if self.strict() {
            Err(())
        } else {
            Ok(())
        }
    }

    /// Start of the character that ends at `cur` (CPython's 1-based column of
    /// `cur` names that character).
    fn char_before(&self, cur: usize) -> usize {
        if cur == 0 {
            return 0;
        }
        let mut p = cur - 1;
        while p > 0 && !self.src.is_char_boundary(p) {
            p -= 1;
        }
        p
    }

    fn name_or_string(&mut self, start: usize) -> Step {
        // String prefixes, in the combinations CPython allows.
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        loop {
            let c = self.peek();
            match c {
                b'b' | b'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                b'f' | b'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => break,
            }
            self.pos += 1;
            if matches!(self.peek(), b'"' | b'\'') {
                let q = self.pos;
                return self.string(start, q);
            }
        }
        let mut nonascii = false;
        while !self.at_end() {
            let c = self.peek();
            if c >= 128 {
                nonascii = true;
            } else if !(c.is_ascii_alphanumeric() || c == b'_') {
                break;
            }
            self.pos += 1;
        }
        if nonascii {
            if let Some((bad_start, bad_char)) = self.invalid_identifier_char(start, self.pos) {
                let bad_end = bad_start + bad_char.len_utf8();
                let msg = if is_printable(bad_char) {
                    format!(
                        "invalid character '{}' (U+{:04X})",
                        bad_char, bad_char as u32
                    )
                } else {
                    format!("invalid non-printable character U+{:04X}", bad_char as u32)
                };
                self.fail(
                    SyntaxErrorKind::Syntax,
                    msg,
                    Span::new(bad_start as u32, bad_start as u32),
                    true,
                );
                if self.strict() {
                    return Err(());
                }
                // Lenient: the bad character becomes an unknown token.
                if bad_start > start {
                    self.push(TokenKind::Name, start, bad_start);
                }
                self.push(TokenKind::Unknown, bad_start, bad_end);
                self.pos = bad_end;
                return Ok(());
            }
        }
        let word = &self.src[start..self.pos];
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Name);
        self.push(kind, start, self.pos);
        Ok(())
    }

    /// The first character of `src[start..end]` that cannot be in an identifier.
    fn invalid_identifier_char(&self, start: usize, end: usize) -> Option<(usize, char)> {
        let text = self.src.get(start..end)?;
        for (i, ch) in text.char_indices() {
            let ok = if i == 0 {
                is_identifier_start(ch)
            } else {
                is_identifier_continue(ch)
            };
            if !ok {
                return Some((start + i, ch));
            }
        }
        None
    }

    /// A string literal; `start` is the prefix start, `q` the opening quote.
    fn string(&mut self, start: usize, q: usize) -> Step {
        let quote = self.b[q];
        self.pos = q + 1;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        if self.peek() == quote && !self.at_end() {
            self.pos += 1;
            if self.peek() == quote && !self.at_end() {
                self.pos += 1;
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        while end_quote_size != quote_size {
            if self.at_end() || (quote_size == 1 && matches!(self.peek(), b'\n' | b'\r')) {
                let detected = if self.at_end() {
                    self.eof_line()
                } else {
                    self.line
                };
                let msg = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                self.fail(
                    SyntaxErrorKind::Syntax,
                    msg,
                    Span::new(start as u32, start as u32),
                    true,
                );
                if self.strict() {
                    return Err(());
                }
                self.push(TokenKind::String, start, self.pos);
                return Ok(());
            }
            let c = self.peek();
            if c == quote {
                end_quote_size += 1;
                self.pos += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' {
                    self.pos += 1;
                    if !self.at_end() && !self.eat_newline() {
                        self.pos += 1;
                    }
                } else if !self.eat_newline() {
                    self.pos += 1;
                }
            }
        }
        // Keep `pos` on a character boundary (a backslash may precede a multibyte char).
        while self.pos < self.end && !self.src.is_char_boundary(self.pos) {
            self.pos += 1;
        }
        self.push(TokenKind::String, start, self.pos);
        Ok(())
    }

    fn operator(&mut self, start: usize) -> Step {
        use TokenKind::*;
        let c = self.peek();
        let c2 = self.peek_at(1);
        let c3 = self.peek_at(2);
        let (kind, len) = match (c, c2, c3) {
            (b'*', b'*', b'=') => (DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (RightShiftEqual, 3),
            (b'.', b'.', b'.') => (Ellipsis, 3),
            (b'!', b'=', _) => (NotEqual, 2),
            (b'%', b'=', _) => (PercentEqual, 2),
            (b'&', b'=', _) => (AmperEqual, 2),
            (b'*', b'*', _) => (DoubleStar, 2),
            (b'*', b'=', _) => (StarEqual, 2),
            (b'+', b'=', _) => (PlusEqual, 2),
            (b'-', b'=', _) => (MinusEqual, 2),
            (b'-', b'>', _) => (RArrow, 2),
            (b'/', b'/', _) => (DoubleSlash, 2),
            (b'/', b'=', _) => (SlashEqual, 2),
            (b':', b'=', _) => (ColonEqual, 2),
            (b'<', b'<', _) => (LeftShift, 2),
            (b'<', b'=', _) => (LessEqual, 2),
            (b'<', b'>', _) => (LessGreater, 2),
            (b'=', b'=', _) => (EqEqual, 2),
            (b'>', b'=', _) => (GreaterEqual, 2),
            (b'>', b'>', _) => (RightShift, 2),
            (b'@', b'=', _) => (AtEqual, 2),
            (b'^', b'=', _) => (CircumflexEqual, 2),
            (b'|', b'=', _) => (VBarEqual, 2),
            (b'(', _, _) => (LPar, 1),
            (b')', _, _) => (RPar, 1),
            (b'[', _, _) => (LSqb, 1),
            (b']', _, _) => (RSqb, 1),
            (b'{', _, _) => (LBrace, 1),
            (b'}', _, _) => (RBrace, 1),
            (b':', _, _) => (Colon, 1),
            (b',', _, _) => (Comma, 1),
            (b';', _, _) => (Semi, 1),
            (b'+', _, _) => (Plus, 1),
            (b'-', _, _) => (Minus, 1),
            (b'*', _, _) => (Star, 1),
            (b'/', _, _) => (Slash, 1),
            (b'|', _, _) => (VBar, 1),
            (b'&', _, _) => (Amper, 1),
            (b'<', _, _) => (Less, 1),
            (b'>', _, _) => (Greater, 1),
            (b'=', _, _) => (Equal, 1),
            (b'.', _, _) => (Dot, 1),
            (b'%', _, _) => (Percent, 1),
            (b'~', _, _) => (Tilde, 1),
            (b'^', _, _) => (Circumflex, 1),
            (b'@', _, _) => (At, 1),
            _ => (Unknown, 1),
        };
        if kind == Unknown {
            // Only printable ASCII reaches the parser as a stray operator.
            let ch = self.src[start..].chars().next().unwrap_or('\0');
            if !(ch.is_ascii_graphic() || ch == ' ') {
                let msg = format!("invalid non-printable character U+{:04X}", ch as u32);
                self.fail(
                    SyntaxErrorKind::Syntax,
                    msg,
                    Span::new(start as u32, start as u32),
                    true,
                );
                if self.strict() {
                    return Err(());
                }
                self.pos += ch.len_utf8().max(1);
                self.push(Unknown, start, self.pos);
                return Ok(());
            }
        }
        self.pos += len;
        match kind {
            LPar | LSqb | LBrace => {
                if self.brackets.len() >= MAX_LEVEL {
                    return self.direct_error("too many nested parentheses".into(), self.pos);
                }
                self.brackets.push(OpenBracket {
                    ch: c,
                    line: self.line,
                    offset: start as u32,
                });
            }
            RPar | RSqb | RBrace => match self.brackets.last().copied() {
                Option::None => {
                    if !self.in_field {
                        self.direct_error(format!("unmatched '{}'", c as char), self.pos)?;
                        self.push(kind, start, start + 1);
                        return Ok(());
                    }
                }
                Some(open) => {
                    self.brackets.pop();
                    let matches =
                        matches!((open.ch, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !matches {
                        let msg = if open.line != self.line {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char, open.ch as char, open.line
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open.ch as char
                            )
                        };
                        self.direct_error(msg, self.pos)?;
                    }
                }
            },
            _ => {}
        }
        self.push(kind, start, self.pos);
        Ok(())
    }

    /// Digits with single underscores between them; returns false after an error.
    fn decimal_tail(&mut self) -> bool {
        loop {
            while self.peek().is_ascii_digit() && !self.at_end() {
                self.pos += 1;
            }
            if self.peek() != b'_' || self.at_end() {
                return true;
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() || self.at_end() {
                // CPython backs up to before the bad character.
                let cur = self.pos;
                let _ = self.direct_error("invalid decimal literal".into(), cur);
                return false;
            }
        }
    }

    /// CPython's `verify_end_of_number`: a literal directly followed by a name
    /// is an error, except for the keywords that may legally follow one.
    fn verify_end_of_number(&mut self, kind: &str) -> bool {
        let c = self.peek();
        if self.at_end() {
            return true;
        }
        let rest = &self.b[self.pos..self.end];
        // A whole keyword must follow (CPython's `lookahead`), except that for
        // `if`/`in`/`is` CPython only looks at the second letter.
        let word =
            |w: &[u8]| rest.starts_with(w) && !rest.get(w.len()).is_some_and(|&c| is_ident_char(c));
        let keyword_follows = match c {
            b'a' => word(b"and"),
            b'e' => word(b"else"),
            b'f' => word(b"for"),
            b'i' => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            b'o' => word(b"or"),
            b'n' => word(b"not"),
            _ => false,
        };
        if keyword_follows {
            return true;
        }
        if is_ident_char(c) {
            // CPython backs up over the offending character: the caret marks the
            // last character of the literal.
            let cur = self.pos;
            let _ = self.direct_error(format!("invalid {kind} literal"), cur);
            return false;
        }
        true
    }

    /// Ends a number token (in lenient mode, after an error, swallows the rest).
    fn number_done(&mut self, start: usize, ok: bool) -> Step {
        if !ok {
            if self.strict() {
                return Err(());
            }
            while !self.at_end() && is_ident_char(self.peek()) {
                self.pos += 1;
            }
        }
        self.push(TokenKind::Number, start, self.pos);
        Ok(())
    }

    fn number(&mut self, start: usize) -> Step {
        let c = self.peek();
        self.pos += 1;
        if c == b'0' {
            let c = self.peek();
            match c {
                b'x' | b'X' => {
                    self.pos += 1;
                    let ok = self.radix_digits(16, "hexadecimal");
                    return self.number_done(start, ok);
                }
                b'o' | b'O' => {
                    self.pos += 1;
                    let ok = self.radix_digits(8, "octal");
                    return self.number_done(start, ok);
                }
                b'b' | b'B' => {
                    self.pos += 1;
                    let ok = self.radix_digits(2, "binary");
                    return self.number_done(start, ok);
                }
                _ => {}
            }
            // Zeros, possibly old-style octal (an error), or a float/imaginary.
            let mut nonzero = false;
            loop {
                if self.peek() == b'_' && !self.at_end() {
                    self.pos += 1;
                    if !self.peek().is_ascii_digit() || self.at_end() {
                        let cur = self.pos;
                        let _ = self.direct_error("invalid decimal literal".into(), cur);
                        return self.number_done(start, false);
                    }
                }
                if self.peek() != b'0' || self.at_end() {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos;
            if self.peek().is_ascii_digit() && !self.at_end() {
                nonzero = true;
                if !self.decimal_tail() {
                    return self.number_done(start, false);
                }
            }
            match self.peek() {
                b'.' if !self.at_end() => {
                    self.pos += 1;
                    return self.fraction(start);
                }
                b'e' | b'E' if !self.at_end() => return self.exponent(start),
                b'j' | b'J' if !self.at_end() => return self.imaginary(start),
                _ => {}
            }
            if nonzero {
                let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
                self.fail(
                    SyntaxErrorKind::Syntax,
                    msg.into(),
                    Span::new(start as u32, zeros_end as u32),
                    true,
                );
                return self.number_done(start, false);
            }
            let ok = self.verify_end_of_number("decimal");
            return self.number_done(start, ok);
        }
        // Decimal.
        self.pos = start;
        if !self.decimal_tail() {
            return self.number_done(start, false);
        }
        match self.peek() {
            b'.' if !self.at_end() => {
                self.pos += 1;
                self.fraction(start)
            }
            b'e' | b'E' if !self.at_end() => self.exponent(start),
            b'j' | b'J' if !self.at_end() => self.imaginary(start),
            _ => {
                let ok = self.verify_end_of_number("decimal");
                self.number_done(start, ok)
            }
        }
    }

    /// After the `.` of a float.
    fn fraction(&mut self, start: usize) -> Step {
        if self.peek().is_ascii_digit() && !self.at_end() && !self.decimal_tail() {
            return self.number_done(start, false);
        }
        match self.peek() {
            b'e' | b'E' if !self.at_end() => self.exponent(start),
            b'j' | b'J' if !self.at_end() => self.imaginary(start),
            _ => {
                let ok = self.verify_end_of_number("decimal");
                self.number_done(start, ok)
            }
        }
    }

    /// At the `e` of an exponent.
    fn exponent(&mut self, start: usize) -> Step {
        let e_pos = self.pos;
        self.pos += 1;
        let c = self.peek();
        if (c == b'+' || c == b'-') && !self.at_end() {
            self.pos += 1;
            if !self.peek().is_ascii_digit() || self.at_end() {
                let cur = self.pos;
                let _ = self.direct_error("invalid decimal literal".into(), cur);
                return self.number_done(start, false);
            }
        } else if !c.is_ascii_digit() || self.at_end() {
            // Not an exponent after all: the number ends before the `e`.
            self.pos = e_pos;
            let ok = self.verify_end_of_number("decimal");
            return self.number_done(start, ok);
        }
        if !self.decimal_tail() {
            return self.number_done(start, false);
        }
        if matches!(self.peek(), b'j' | b'J') && !self.at_end() {
            return self.imaginary(start);
        }
        let ok = self.verify_end_of_number("decimal");
        self.number_done(start, ok)
    }

    fn imaginary(&mut self, start: usize) -> Step {
        self.pos += 1;
        let ok = self.verify_end_of_number("imaginary");
        self.number_done(start, ok)
    }

    /// Digits of a `0x`/`0o`/`0b` literal after its prefix.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> bool {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        loop {
            if self.peek() == b'_' && !self.at_end() {
                self.pos += 1;
            }
            let c = self.peek();
            if !is_digit(c) || self.at_end() {
                if radix != 16 && c.is_ascii_digit() && !self.at_end() {
                    let cur = self.pos + 1;
                    let _ = self.direct_error(
                        format!("invalid digit '{}' in {kind} literal", c as char),
                        cur,
                    );
                } else {
                    let cur = self.pos;
                    let _ = self.direct_error(format!("invalid {kind} literal"), cur);
                }
                return false;
            }
            while is_digit(self.peek()) && !self.at_end() {
                self.pos += 1;
            }
            if self.peek() != b'_' || self.at_end() {
                break;
            }
        }
        if radix != 16 && self.peek().is_ascii_digit() && !self.at_end() {
            let c = self.peek();
            let cur = self.pos + 1;
            let _ = self.direct_error(
                format!("invalid digit '{}' in {kind} literal", c as char),
                cur,
            );
            return false;
        }
        self.verify_end_of_number(kind)
    }
}

/// CPython's `is_potential_identifier_start`.
fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

/// CPython's `is_potential_identifier_char`.
fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}
