//! Values of literal tokens: numbers, and string/bytes bodies with their escapes
//! decoded as CPython 3.11 does (with its error messages).

use super::ast::Constant;
use num_bigint::BigInt;

/// The value of a NUMBER token the lexer accepted.
pub fn number_value(text: &str) -> Constant {
    // One pass: drop underscores, lowercase, note the radix and the kind.
    let b = text.as_bytes();
    let (radix, body) = match (b.first(), b.get(1).map(u8::to_ascii_lowercase)) {
        (Some(b'0'), Some(b'x')) => (16, &b[2..]),
        (Some(b'0'), Some(b'o')) => (8, &b[2..]),
        (Some(b'0'), Some(b'b')) => (2, &b[2..]),
        _ => (10, b),
    };
    let mut clean = String::with_capacity(body.len());
    let mut float = false;
    for &c in body {
        match c.to_ascii_lowercase() {
            b'_' => {}
            c => {
                float |= radix == 10 && matches!(c, b'.' | b'e' | b'j');
                clean.push(c as char);
            }
        }
    }
    if let Some(rest) = clean.strip_suffix('j') {
        return Constant::Imaginary(parse_float(rest));
    }
    if float {
        return Constant::Float(parse_float(&clean));
    }
    match i64::from_str_radix(&clean, radix) {
        Ok(v) => Constant::Int(v),
        Err(_) => match BigInt::parse_bytes(clean.as_bytes(), radix) {
            Some(b) => Constant::BigInt(Box::new(b)),
            None => Constant::Int(0),
        },
    }
}

fn parse_float(s: &str) -> f64 {
    // Rust's parser wants a digit before an exponent ("1.e5" is fine, ".e5" cannot occur).
    s.parse::<f64>().unwrap_or(0.0)
}

/// What a string token's prefix says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StringFlags {
    /// `b` prefix.
    pub bytes: bool,
    /// `r` prefix.
    pub raw: bool,
    /// `f` prefix.
    pub fstring: bool,
}

/// Splits a STRING token into its flags and the byte range of its body
/// (between the quotes), relative to the token text.
pub fn split_string(text: &str) -> (StringFlags, usize, usize) {
    let mut flags = StringFlags::default();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] != b'\'' && b[i] != b'"' {
        match b[i] {
            b'b' | b'B' => flags.bytes = true,
            b'r' | b'R' => flags.raw = true,
            b'f' | b'F' => flags.fstring = true,
            _ => {}
        }
        i += 1;
    }
    let quote = b.get(i).copied().unwrap_or(b'\'');
    let triple = b.len() >= i + 6 && b[i + 1] == quote && b[i + 2] == quote;
    let q = if triple { 3 } else { 1 };
    let start = (i + q).min(b.len());
    let end = b.len().saturating_sub(q).max(start);
    (flags, start, end)
}

/// Why a string body could not be decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    /// A SyntaxError message (CPython's `(unicode error) ...` / `(value error) ...`).
    Syntax(String),
    /// A `\N{...}` escape: valid syntax, but no Unicode name table here.
    NamedEscape,
}

/// Decodes the body of a `str` literal (not raw): escapes and line continuations.
pub fn decode_str(body: &str) -> Result<String, DecodeError> {
    if !body.contains(['\\', '\r']) {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let b = body.as_bytes();
    let mut i = 0;
    // Position in CPython's intermediate buffer, where each non-ASCII character
    // counts ten bytes (`\UXXXXXXXX`); error messages use these positions.
    let mut tpos = 0usize;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            let ch = body[i..].chars().next().unwrap_or('\u{fffd}');
            if ch == '\r' {
                out.push('\n');
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                tpos += 1;
                continue;
            }
            out.push(ch);
            i += ch.len_utf8();
            tpos += if ch.is_ascii() { 1 } else { 10 };
            continue;
        }
        let start_t = tpos;
        let Some(&e) = b.get(i + 1) else {
            // A lone backslash at the end stays a backslash.
            out.push('\\');
            break;
        };
        if e >= 128 {
            // Backslash before a non-ASCII character: kept literally.
            out.push('\\');
            i += 1;
            tpos += 6;
            continue;
        }
        i += 2;
        tpos += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                    tpos += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    tpos += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    let d = b.get(i).and_then(|&c| (c as char).to_digit(16));
                    match d {
                        Some(d) => {
                            v = v.wrapping_mul(16).wrapping_add(d);
                            i += 1;
                            tpos += 1;
                        }
                        None => return Err(unicode_error(start_t, tpos, what)),
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v <= 0x10ffff => {
                        // A lone surrogate: Rust strings cannot hold it.
                        out.push('\u{fffd}');
                    }
                    None => return Err(unicode_error(start_t, tpos, "illegal Unicode character")),
                }
            }
            b'N' => {
                if b.get(i) != Some(&b'{') {
                    return Err(unicode_error(
                        start_t,
                        tpos,
                        "malformed \\N character escape",
                    ));
                }
                let name_start = i + 1;
                let mut j = name_start;
                let mut tj = tpos + 1;
                while j < b.len() && b[j] != b'}' {
                    // A non-ASCII character counts ten bytes in CPython's buffer.
                    tj += match b[j] {
                        0..=0x7f => 1,
                        0x80..=0xbf => 0,
                        _ => 10,
                    };
                    j += 1;
                }
                if j >= b.len() || j == name_start {
                    return Err(unicode_error(start_t, tj, "malformed \\N character escape"));
                }
                return Err(DecodeError::NamedEscape);
            }
            _ => {
                // Unknown escape: kept as written (CPython warns).
                out.push('\\');
                out.push(e as char);
            }
        }
    }
    Ok(out)
}

fn unicode_error(start: usize, end: usize, what: &str) -> DecodeError {
    let last = end.saturating_sub(1).max(start);
    DecodeError::Syntax(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{last}: {what}"
    ))
}

/// Normalizes line endings of a raw `str` body.
pub fn raw_str(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix('\n') {
            rest = r;
        }
    }
    out.push_str(rest);
    out
}

/// Decodes the body of a bytes literal; `raw` for `rb''`.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, DecodeError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let h = b.get(i).and_then(|&c| (c as char).to_digit(16));
                let l = b.get(i + 1).and_then(|&c| (c as char).to_digit(16));
                match (h, l) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(DecodeError::Syntax(format!(
                            "(value error) invalid \\x escape at position {start}"
                        )))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number_value("1_000"), Constant::Int(1000));
        assert_eq!(number_value("0xff"), Constant::Int(255));
        assert_eq!(number_value("0o17"), Constant::Int(15));
        assert_eq!(number_value("0b101"), Constant::Int(5));
        assert_eq!(number_value("1.5e3"), Constant::Float(1500.0));
        assert_eq!(number_value("1."), Constant::Float(1.0));
        assert_eq!(number_value(".5"), Constant::Float(0.5));
        assert_eq!(number_value("1.e2"), Constant::Float(100.0));
        assert_eq!(number_value("2j"), Constant::Imaginary(2.0));
        assert_eq!(number_value("1e400"), Constant::Float(f64::INFINITY));
        match number_value("99999999999999999999") {
            Constant::BigInt(b) => assert_eq!(b.to_string(), "99999999999999999999"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn escapes() {
        assert_eq!(decode_str(r"a\nb\x41\u00e9\101\d").unwrap(), "a\nbAéA\\d");
        assert_eq!(decode_bytes(r"\x41\777", false).unwrap(), vec![0x41, 0xff]);
        assert_eq!(
            decode_str(r"\x1"),
            Err(DecodeError::Syntax(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape".into()
            ))
        );
        assert_eq!(decode_str(r"\N{DASH}"), Err(DecodeError::NamedEscape));
    }
}
