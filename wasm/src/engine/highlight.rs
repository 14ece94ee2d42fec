//! Syntax highlighting from the engine's own lexer, for static pages and the
//! browser editor. It never fails: half-typed code (unterminated strings, bad
//! indentation, stray characters) still gets sensible classes.

use super::lexer;
use super::token::{Token, TokenKind as T};

/// What a highlighted span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenClass {
    /// A keyword, a soft keyword in statement position, `True`/`False`/`None`.
    Keyword,
    /// A builtin name such as `print` or `ValueError`.
    Builtin,
    /// A string literal (prefix, quotes, and the literal parts of f-strings).
    String,
    /// A numeric literal.
    Number,
    /// A comment.
    Comment,
    /// The name after `def` or `class`.
    DefName,
    /// A decorator: `@name.attr`.
    Decorator,
    /// An operator.
    Operator,
}

impl TokenClass {
    /// The CSS class the site's stylesheet styles.
    pub fn css_class(self) -> &'static str {
        match self {
            TokenClass::Keyword => "hl-k",
            TokenClass::Builtin => "hl-b",
            TokenClass::String => "hl-s",
            TokenClass::Number => "hl-n",
            TokenClass::Comment => "hl-c",
            TokenClass::DefName => "hl-d",
            TokenClass::Decorator => "hl-at",
            TokenClass::Operator => "hl-o",
        }
    }
}

/// A highlighted byte range; text between spans is plain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HighlightSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Its class.
    pub class: TokenClass,
}

/// Python's builtin names (from `dir(builtins)`, without the dunders).
const BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// True for a builtin name.
pub fn is_builtin(name: &str) -> bool {
    BUILTINS.binary_search(&name).is_ok()
}

/// Highlights a whole source. Spans are sorted and do not overlap.
pub fn highlight(src: &str) -> Vec<HighlightSpan> {
    let mut out = Vec::new();
    highlight_range(src, 0, src.len(), false, 0, &mut out);
    out
}

/// Deepest f-string nesting highlighted as code.
const MAX_FIELD_NESTING: u32 = 8;

fn highlight_range(
    src: &str,
    start: usize,
    end: usize,
    in_field: bool,
    nesting: u32,
    out: &mut Vec<HighlightSpan>,
) {
    let toks = lexer::tokenize_lenient(src, start, end, in_field);
    let mut stmt_start = true;
    let mut prev: Option<T> = None;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let (s, e) = (t.start as usize, t.end as usize);
        match t.kind {
            T::Newline | T::Indent | T::Dedent | T::EndMarker => {
                stmt_start = true;
                i += 1;
                continue;
            }
            T::Comment => {
                push(out, s, e, TokenClass::Comment);
                i += 1;
                continue;
            }
            T::Number => push(out, s, e, TokenClass::Number),
            T::String => {
                if nesting < MAX_FIELD_NESTING && is_fstring(src, t) {
                    fstring(src, t, nesting, out);
                } else {
                    push(out, s, e, TokenClass::String);
                }
            }
            T::Name => {
                let word = &src[s..e];
                let class = if matches!(prev, Some(T::Def | T::Class)) {
                    Some(TokenClass::DefName)
                } else if matches!(word, "match" | "case")
                    && stmt_start
                    && soft_keyword_here(&toks, i)
                {
                    Some(TokenClass::Keyword)
                } else if is_builtin(word) && prev != Some(T::Dot) {
                    Some(TokenClass::Builtin)
                } else {
                    None
                };
                if let Some(c) = class {
                    push(out, s, e, c);
                }
            }
            T::At if stmt_start => {
                // `@name.attr`: the decorator's dotted name.
                let mut j = i + 1;
                let mut end_at = e;
                if toks.get(j).is_some_and(|n| n.kind == T::Name) {
                    end_at = toks[j].end as usize;
                    j += 1;
                    while j + 1 < toks.len()
                        && toks[j].kind == T::Dot
                        && toks[j + 1].kind == T::Name
                    {
                        end_at = toks[j + 1].end as usize;
                        j += 2;
                    }
                }
                push(out, s, end_at, TokenClass::Decorator);
                prev = Some(T::Name);
                stmt_start = false;
                i = j;
                continue;
            }
            k if k.is_keyword() => push(out, s, e, TokenClass::Keyword),
            k if is_operator_class(k) => push(out, s, e, TokenClass::Operator),
            _ => {}
        }
        stmt_start = t.kind == T::Semi;
        prev = Some(t.kind);
        i += 1;
    }
}

fn push(out: &mut Vec<HighlightSpan>, start: usize, end: usize, class: TokenClass) {
    if end <= start {
        return;
    }
    // Keep spans sorted and disjoint whatever the lexer produced.
    let start = match out.last() {
        Some(last) if last.end > start => last.end,
        _ => start,
    };
    if end <= start {
        return;
    }
    match out.last_mut() {
        Some(last) if last.end == start && last.class == class => last.end = end,
        _ => out.push(HighlightSpan { start, end, class }),
    }
}

/// Operators proper; brackets, commas, colons and dots stay plain.
fn is_operator_class(k: T) -> bool {
    k.is_operator()
        && !matches!(
            k,
            T::LPar
                | T::RPar
                | T::LSqb
                | T::RSqb
                | T::LBrace
                | T::RBrace
                | T::Comma
                | T::Colon
                | T::Semi
                | T::Dot
                | T::Ellipsis
                | T::Unknown
        )
}

/// Is the `match`/`case` at `toks[i]` the soft keyword? It is when the next
/// token can begin a subject or pattern and the logical line has a `:` outside
/// brackets (`match = 1`, `match.x`, `match(x)` are plain names).
fn soft_keyword_here(toks: &[Token], i: usize) -> bool {
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    let begins = matches!(
        next.kind,
        T::Name
            | T::Number
            | T::String
            | T::LPar
            | T::LSqb
            | T::LBrace
            | T::Minus
            | T::Tilde
            | T::Not
            | T::Lambda
            | T::Await
            | T::True
            | T::False
            | T::None
            | T::Star
    );
    if !begins {
        return false;
    }
    let mut depth = 0i32;
    for t in &toks[i + 1..] {
        match t.kind {
            T::Newline | T::EndMarker => break,
            T::LPar | T::LSqb | T::LBrace => depth += 1,
            T::RPar | T::RSqb | T::RBrace => depth -= 1,
            T::Colon if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

fn is_fstring(src: &str, t: Token) -> bool {
    src[t.start as usize..t.end as usize]
        .bytes()
        .take_while(|&b| b != b'\'' && b != b'"')
        .any(|b| b == b'f' || b == b'F')
}

/// An f-string: literal parts as strings, field expressions as code.
fn fstring(src: &str, t: Token, nesting: u32, out: &mut Vec<HighlightSpan>) {
    let (s, e) = (t.start as usize, t.end as usize);
    let text = &src[s..e];
    let b = text.as_bytes();
    let prefix = b.iter().take_while(|&&c| c != b'\'' && c != b'"').count();
    let Some(&quote) = b.get(prefix) else {
        push(out, s, e, TokenClass::String);
        return;
    };
    let triple = b.len() >= prefix + 3 && b[prefix + 1] == quote && b[prefix + 2] == quote;
    let qlen = if triple { 3 } else { 1 };
    let body_start = s + prefix + qlen;
    // The token may be unterminated (while typing): then the body runs to its end.
    let closed = b.len() >= prefix + 2 * qlen
        && b[b.len() - qlen..].iter().all(|&c| c == quote)
        && !(b.len() > prefix + qlen && b[b.len() - qlen - 1] == b'\\');
    let body_end = if closed { e - qlen } else { e };
    let raw = text[..prefix].bytes().any(|c| c == b'r' || c == b'R');
    let mut pos = body_start;
    push(out, s, body_start, TokenClass::String);
    fields(src, &mut pos, body_end, raw, 0, nesting, out);
    if pos < body_end {
        push(out, pos, body_end, TokenClass::String);
    }
    push(out, body_end, e, TokenClass::String);
}

/// Highlights literal text and fields of an f-string body from `*pos`.
fn fields(
    src: &str,
    pos: &mut usize,
    end: usize,
    raw: bool,
    level: u32,
    nesting: u32,
    out: &mut Vec<HighlightSpan>,
) {
    let b = src.as_bytes();
    while *pos < end {
        let lit_start = *pos;
        while *pos < end {
            let c = b[*pos];
            if c == b'\\' && !raw {
                *pos = (*pos + 2).min(end);
                continue;
            }
            if c == b'{' || c == b'}' {
                if *pos + 1 < end && b[*pos + 1] == c {
                    *pos += 2;
                    continue;
                }
                break;
            }
            *pos += 1;
        }
        push(out, lit_start, *pos, TokenClass::String);
        if *pos >= end {
            return;
        }
        if b[*pos] == b'}' {
            if level > 0 {
                return;
            }
            push(out, *pos, *pos + 1, TokenClass::String);
            *pos += 1;
            continue;
        }
        // `{`: the field's expression runs to a top-level `!`, `:`, `=` or `}`.
        push(out, *pos, *pos + 1, TokenClass::String);
        *pos += 1;
        let expr_start = *pos;
        let mut depth = 0usize;
        let mut quote = 0u8;
        while *pos < end {
            let c = b[*pos];
            if quote != 0 {
                if c == quote {
                    quote = 0;
                }
                *pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = c,
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b'}' | b':' if depth == 0 => break,
                b'!' if depth == 0 && b.get(*pos + 1) != Some(&b'=') => break,
                b'=' if depth == 0
                    && b.get(*pos + 1) != Some(&b'=')
                    && !matches!(b[*pos - 1], b'=' | b'!' | b'<' | b'>') =>
                {
                    break
                }
                _ => {}
            }
            *pos += 1;
        }
        let expr_end = (*pos).min(end);
        if expr_end > expr_start
            && src.is_char_boundary(expr_start)
            && src.is_char_boundary(expr_end)
        {
            highlight_range(src, expr_start, expr_end, true, nesting + 1, out);
        }
        // Debug `=`, conversion and format spec are string-colored.
        let tail_start = *pos;
        if *pos < end && b[*pos] == b'=' {
            *pos += 1;
        }
        if *pos < end && b[*pos] == b'!' {
            *pos = (*pos + 2).min(end);
        }
        push(out, tail_start, *pos, TokenClass::String);
        if *pos < end && b[*pos] == b':' {
            push(out, *pos, *pos + 1, TokenClass::String);
            *pos += 1;
            if level < 2 {
                fields(src, pos, end, raw, level + 1, nesting, out);
            }
        }
        if *pos < end && b[*pos] == b'}' {
            push(out, *pos, *pos + 1, TokenClass::String);
            *pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_sorted() {
        assert!(BUILTINS.windows(2).all(|w| w[0] < w[1]));
    }
}
