//! String literals: implicit concatenation, escape decoding and f-strings,
//! following CPython 3.11's `Parser/string_parser.c`. An f-string is one
//! STRING token; its replacement fields are found by scanning its text and
//! each expression is parsed by a sub-parser over the same source, so every
//! node keeps its real position.

use super::expr::expr;
use super::{Failure, FieldCtx, PResult, Parser};
use crate::engine::ast::{Constant, Expr, ExprKind, FStringPart, Span};
use crate::engine::lexer;
use crate::engine::literal::{self, DecodeError};
use crate::engine::token::{Token, TokenKind as T};

/// CPython's limit on brackets inside one replacement field.
const MAX_FIELD_BRACKETS: usize = 200;

/// Literal text and fields accumulated across concatenated pieces.
#[derive(Default)]
struct Joiner {
    parts: Vec<FStringPart>,
    pending: String,
}

impl Joiner {
    fn literal(&mut self, s: &str) {
        self.pending.push_str(s);
    }

    fn field(&mut self, part: FStringPart) {
        if !self.pending.is_empty() {
            self.parts
                .push(FStringPart::Literal(std::mem::take(&mut self.pending)));
        }
        self.parts.push(part);
    }

    fn finish(mut self) -> Vec<FStringPart> {
        if !self.pending.is_empty() {
            self.parts.push(FStringPart::Literal(self.pending));
        }
        self.parts
    }
}

/// A range of replacement-field scanning, with where errors are reported.
struct Scan {
    /// Byte offset of the next character to scan.
    pos: usize,
    /// One past the last byte of the f-string's body.
    end: usize,
    raw: bool,
    /// Where CPython reports f-string errors: the token after the strings.
    err: Span,
}

impl<'a> Parser<'a> {
    /// One or more adjacent STRING tokens.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let first = self.pos;
        while self.at(T::String) {
            self.bump();
        }
        let toks = &self.toks[first..self.pos];
        // The token slice is copied out: parsing fields needs `self` mutably.
        let toks: Vec<Token> = if toks.len() == 1 {
            return self.single_string(toks[0]);
        } else {
            toks.to_vec()
        };
        self.concatenated(toks)
    }

    /// Several adjacent literals, or an f-string.
    fn concatenated(&mut self, toks: Vec<Token>) -> PResult<Expr> {
        // CPython builds the value once it has seen the token after the strings,
        // and reports errors in the strings at that token.
        let after = self.tok();
        let err = self.token_span(after);
        let span = Span::new(toks[0].start, toks[toks.len() - 1].end);

        let mut joiner = Joiner::default();
        let mut bytes: Vec<u8> = Vec::new();
        let mut bytes_mode = false;
        let mut fmode = false;
        let mut depth = 0;
        for (i, t) in toks.iter().enumerate() {
            let text = self.text(*t);
            let (flags, bs, be) = literal::split_string(text);
            let body_start = t.start as usize + bs;
            let body_end = t.start as usize + be;
            let body = self.src.get(body_start..body_end).unwrap_or("");
            if flags.bytes && !body.is_ascii() {
                return Err(self.error_at(
                    Span::new(t.start, t.end),
                    "bytes can only contain ASCII literal characters".into(),
                ));
            }
            // Plain strings are decoded before the bytes/str check, f-strings after.
            let mut decoded: Option<String> = None;
            if flags.bytes {
                match literal::decode_bytes(body, flags.raw) {
                    Ok(b) => {
                        if i == 0 || bytes_mode {
                            bytes.extend_from_slice(&b);
                        }
                    }
                    Err(e) => self.decode_error(e, err, *t)?,
                }
            } else if !flags.fstring {
                decoded = Some(if flags.raw {
                    literal::raw_str(body)
                } else {
                    match literal::decode_str(body) {
                        Ok(s) => s,
                        Err(e) => {
                            self.decode_error(e, err, *t)?;
                            String::new()
                        }
                    }
                });
            }
            if i > 0 && bytes_mode != flags.bytes {
                return Err(self.error_at(err, "cannot mix bytes and nonbytes literals".into()));
            }
            bytes_mode = flags.bytes;
            if flags.fstring {
                fmode = true;
                let mut scan = Scan {
                    pos: body_start,
                    end: body_end,
                    raw: flags.raw,
                    err,
                };
                let d = self.fstring_body(&mut scan, 0, &mut joiner, *t)?;
                depth = depth.max(d);
            } else if let Some(s) = decoded {
                joiner.literal(&s);
            }
        }
        if bytes_mode {
            return Ok(self.leaf_const(Constant::Bytes(bytes), span));
        }
        if !fmode {
            return Ok(self.leaf_const(Constant::Str(joiner.pending), span));
        }
        self.deepen(depth, span)?;
        Ok(expr(ExprKind::JoinedStr(joiner.finish()), span))
    }

    /// The common case: one plain string or bytes literal.
    fn single_string(&mut self, t: Token) -> PResult<Expr> {
        let (flags, bs, be) = literal::split_string(self.text(t));
        if flags.fstring {
            return self.concatenated(vec![t]);
        }
        // Errors are reported at the token after the literal.
        let after = self.tok();
        let err = self.token_span(after);
        let span = Span::new(t.start, t.end);
        let body = self
            .src
            .get(t.start as usize + bs..t.start as usize + be)
            .unwrap_or("");
        if flags.bytes {
            if !body.is_ascii() {
                return Err(self.error_at(
                    span,
                    "bytes can only contain ASCII literal characters".into(),
                ));
            }
            return match literal::decode_bytes(body, flags.raw) {
                Ok(b) => Ok(self.leaf_const(Constant::Bytes(b), span)),
                Err(e) => {
                    self.decode_error(e, err, t)?;
                    Ok(self.leaf_const(Constant::Bytes(Vec::new()), span))
                }
            };
        }
        let value = if flags.raw {
            literal::raw_str(body)
        } else {
            match literal::decode_str(body) {
                Ok(s) => s,
                Err(e) => {
                    self.decode_error(e, err, t)?;
                    String::new()
                }
            }
        };
        Ok(self.leaf_const(Constant::Str(value), span))
    }

    fn leaf_const(&mut self, c: Constant, span: Span) -> Expr {
        self.d = 1;
        expr(ExprKind::Constant(c), span)
    }

    /// A decoding error: a SyntaxError at `err`; a `\N{...}` escape is noted
    /// as unsupported and parsing goes on.
    fn decode_error(&mut self, e: DecodeError, err: Span, t: Token) -> PResult<()> {
        match e {
            DecodeError::Syntax(msg) => Err(self.error_at(err, msg)),
            DecodeError::NamedEscape => {
                self.note_unsupported(
                    "\\N{...} escapes (Unicode character names)",
                    Span::new(t.start, t.end),
                );
                Ok(())
            }
        }
    }

    /// Decodes one literal piece of an f-string.
    fn fstring_literal(
        &mut self,
        start: usize,
        end: usize,
        scan: &Scan,
        t: Token,
    ) -> PResult<String> {
        let text = self.src.get(start..end).unwrap_or("");
        if scan.raw {
            return Ok(literal::raw_str(text));
        }
        match literal::decode_str(text) {
            Ok(s) => Ok(s),
            Err(e) => {
                self.decode_error(e, scan.err, t)?;
                Ok(String::new())
            }
        }
    }

    /// Parses literal text and fields until the end of the body (level 0) or a
    /// `}` closing a format spec (level > 0). Returns the deepest field.
    fn fstring_body(
        &mut self,
        scan: &mut Scan,
        level: u32,
        out: &mut Joiner,
        t: Token,
    ) -> PResult<u32> {
        let b = self.src.as_bytes();
        let mut depth = 0;
        loop {
            // The literal part.
            let lit_start = scan.pos;
            let mut s = scan.pos;
            let mut doubled = false;
            while s < scan.end {
                let mut ch = b[s];
                s += 1;
                if !scan.raw && ch == b'\\' && s < scan.end {
                    ch = b[s];
                    s += 1;
                    if ch == b'N' {
                        // Skip a `\N{name}` so its brace starts no field.
                        if s < scan.end {
                            let c = b[s];
                            s += 1;
                            if c == b'{' {
                                while s < scan.end {
                                    let c = b[s];
                                    s += 1;
                                    if c == b'}' {
                                        break;
                                    }
                                }
                            }
                        }
                        continue;
                    }
                }
                if ch == b'{' || ch == b'}' {
                    if level == 0 {
                        if s < scan.end && b[s] == ch {
                            // A doubled brace: the literal ends with one of them.
                            doubled = true;
                            break;
                        }
                        if ch == b'}' {
                            return Err(self
                                .error_at(scan.err, "f-string: single '}' is not allowed".into()));
                        }
                    }
                    s -= 1;
                    break;
                }
            }
            if lit_start != s {
                let lit = self.fstring_literal(lit_start, s, scan, t)?;
                out.literal(&lit);
            }
            if doubled {
                scan.pos = s + 1;
                continue;
            }
            scan.pos = s;
            if scan.pos >= scan.end || b[scan.pos] == b'}' {
                break;
            }
            // A replacement field.
            let d = self.fstring_field(scan, level, out, t)?;
            depth = depth.max(d);
        }
        if level > 0 && (scan.pos >= scan.end || b[scan.pos] != b'}') {
            return Err(self.error_at(scan.err, "f-string: expecting '}'".into()));
        }
        Ok(depth)
    }

    /// One `{expr[=][!c][:spec]}` field; `scan.pos` is at its `{`.
    fn fstring_field(
        &mut self,
        scan: &mut Scan,
        level: u32,
        out: &mut Joiner,
        t: Token,
    ) -> PResult<u32> {
        let b = self.src.as_bytes();
        if level >= 2 {
            return Err(self.error_at(scan.err, "f-string: expressions nested too deeply".into()));
        }
        scan.pos += 1;
        let expr_start = scan.pos;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut brackets: Vec<u8> = Vec::new();
        while scan.pos < scan.end {
            let ch = b[scan.pos];
            if ch == b'\\' {
                return Err(self.error_at(
                    scan.err,
                    "f-string expression part cannot include a backslash".into(),
                ));
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if scan.pos + 2 < scan.end && b[scan.pos + 1] == ch && b[scan.pos + 2] == ch
                        {
                            scan.pos += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                scan.pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if scan.pos + 2 < scan.end && b[scan.pos + 1] == ch && b[scan.pos + 2] == ch {
                        triple = true;
                        scan.pos += 2;
                    } else {
                        triple = false;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if brackets.len() >= MAX_FIELD_BRACKETS {
                        return Err(
                            self.error_at(scan.err, "f-string: too many nested parenthesis".into())
                        );
                    }
                    brackets.push(ch);
                }
                b'#' => {
                    return Err(self.error_at(
                        scan.err,
                        "f-string expression part cannot include '#'".into(),
                    ))
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                    let next = if scan.pos + 1 < scan.end {
                        b[scan.pos + 1]
                    } else {
                        0
                    };
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        scan.pos += 2;
                        continue;
                    }
                    if ch == b'>' || ch == b'<' {
                        scan.pos += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let Some(open) = brackets.pop() else {
                        return Err(self
                            .error_at(scan.err, format!("f-string: unmatched '{}'", ch as char)));
                    };
                    let ok = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !ok {
                        return Err(self.error_at(
                            scan.err,
                            format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                ch as char, open as char
                            ),
                        ));
                    }
                }
                _ => {}
            }
            scan.pos += 1;
        }
        let expr_end = scan.pos.min(scan.end);
        if quote != 0 {
            return Err(self.error_at(scan.err, "f-string: unterminated string".into()));
        }
        if let Some(&open) = brackets.last() {
            return Err(self.error_at(scan.err, format!("f-string: unmatched '{}'", open as char)));
        }
        if scan.pos >= scan.end {
            return Err(self.error_at(scan.err, "f-string: expecting '}'".into()));
        }
        // Parse the expression as soon as possible, as CPython does.
        let value = self.field_expression(expr_start, expr_end, scan.err)?;
        let mut depth = self.d;
        let mut debug_text = None;
        if b[scan.pos] == b'=' {
            scan.pos += 1;
            while scan.pos < scan.end
                && matches!(
                    b[scan.pos],
                    b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x0b'
                )
            {
                scan.pos += 1;
            }
            if scan.pos >= scan.end {
                return Err(self.error_at(scan.err, "f-string: expecting '}'".into()));
            }
            debug_text = Some(self.src.get(expr_start..scan.pos).unwrap_or("").to_string());
        }
        let mut conversion = None;
        if b[scan.pos] == b'!' {
            scan.pos += 1;
            if scan.pos >= scan.end {
                return Err(self.error_at(scan.err, "f-string: expecting '}'".into()));
            }
            let c = self.src[scan.pos..].chars().next().unwrap_or('\0');
            scan.pos += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.error_at(
                    scan.err,
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                ));
            }
            conversion = Some(c);
        }
        let mut format_spec = None;
        if scan.pos < scan.end && b[scan.pos] == b':' {
            scan.pos += 1;
            if scan.pos >= scan.end {
                return Err(self.error_at(scan.err, "f-string: expecting '}'".into()));
            }
            let mut spec = Joiner::default();
            let d = self.fstring_body(scan, level + 1, &mut spec, t)?;
            depth = depth.max(d);
            format_spec = Some(spec.finish());
        }
        if scan.pos >= scan.end || b[scan.pos] != b'}' {
            return Err(self.error_at(scan.err, "f-string: expecting '}'".into()));
        }
        scan.pos += 1;
        if let Some(text) = debug_text {
            out.literal(&text);
            if format_spec.is_none() && conversion.is_none() {
                conversion = Some('r');
            }
        }
        out.field(FStringPart::Field {
            value: Box::new(value),
            conversion,
            format_spec,
        });
        Ok(depth + 1)
    }

    /// Parses the expression of a field, `src[start..end]`, as CPython parses
    /// `(expr)`.
    fn field_expression(&mut self, start: usize, end: usize, err: Span) -> PResult<Expr> {
        let only_space = self.src.as_bytes()[start..end]
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'));
        if only_space {
            let delim = self.src.as_bytes().get(end).copied().unwrap_or(b'}');
            let msg = if matches!(delim, b'!' | b':' | b'=') {
                format!("f-string: expression required before '{}'", delim as char)
            } else {
                "f-string: empty expression not allowed".to_string()
            };
            return Err(self.error_at(err, msg));
        }
        self.enter()?;
        let lexed = lexer::tokenize_range(self.src, start, end);
        let mut toks = Vec::with_capacity(lexed.tokens.len() + 2);
        // CPython parses `(expr)`; its parenthesis stands where the `{` is.
        toks.push(Token {
            kind: T::LPar,
            start: start as u32 - 1,
            end: start as u32 - 1,
        });
        let n = lexed.tokens.len();
        toks.extend_from_slice(&lexed.tokens[..n.saturating_sub(1)]);
        toks.push(Token {
            kind: T::RPar,
            start: end as u32,
            end: end as u32 + 1,
        });
        toks.push(Token {
            kind: T::EndMarker,
            start: end as u32 + 1,
            end: end as u32 + 1,
        });
        let lex_error = lexed.error.map(|mut e| {
            e.at += 1;
            e
        });
        let ctx = FieldCtx {
            expr_start: start as u32,
        };
        let mut sub = Parser::new(self.src, toks, lex_error, Some(ctx), self.depth);
        sub.speculating = self.speculating;
        let result = sub.field_input();
        self.leave();
        let e = match result {
            Ok(e) => {
                if let Some(le) = sub.lex_error.take() {
                    return Err(sub.field_lex_failure(le));
                }
                e
            }
            Err(f) => {
                return Err(match *f {
                    Failure::Syntax(se) => match sub.lex_error.take() {
                        Some(le) if sub.max_pos >= le.at || le.direct => sub.field_lex_failure(le),
                        _ => Box::new(Failure::Syntax(se)),
                    },
                    other => Box::new(other),
                });
            }
        };
        if let Some((feature, span)) = sub.unsupported.take() {
            self.note_unsupported(&feature, span);
        }
        self.d = sub.d;
        Ok(e)
    }

    /// What a field's sub-parser parses: the parenthesized expression.
    fn field_input(&mut self) -> PResult<Expr> {
        let e = self.primary_paren()?;
        if !self.at(T::EndMarker) {
            return Err(self.invalid());
        }
        Ok(e)
    }

    /// A tokenizer error inside a field: CPython reports it without the
    /// "f-string: " prefix but at the field's relative columns.
    fn field_lex_failure(&self, le: lexer::LexError) -> Box<Failure> {
        let mut e = le.error;
        if let Some(f) = self.field {
            e.span = self.field_span(f, e.span);
        }
        Box::new(Failure::Syntax(e))
    }
}
