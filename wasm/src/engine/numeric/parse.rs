//! Text to numbers: `int(str, base)`, `float(str)`, and the numeric literals the lexer
//! hands over, with CPython's rules for whitespace, signs, prefixes, underscores,
//! non-ASCII digits, the 4300-digit limit, and its exact error messages.

use super::error::{NumError, NumResult};
use super::int::Int;
use super::str_repr::str_repr;
use super::unicode_tables::{DECIMAL_ZEROS, NON_ASCII_SPACES};
use num_bigint::BigInt;

/// CPython's own step before parsing: non-ASCII decimal digits become ASCII digits,
/// non-ASCII whitespace becomes a space, any other non-ASCII character becomes `?`.
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            let v = c as u32;
            if v < 0x80 {
                return v as u8;
            }
            if NON_ASCII_SPACES.binary_search(&v).is_ok() {
                return b' ';
            }
            let i = DECIMAL_ZEROS.partition_point(|&z| z <= v);
            match i.checked_sub(1).map(|i| v - DECIMAL_ZEROS[i]) {
                Some(d) if d < 10 => b'0' + d as u8,
                _ => b'?',
            }
        })
        .collect()
}

/// C's `isspace` in the "C" locale, which CPython's number parsers use after the step above.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn trim_c_space(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b {
        if !is_c_space(*first) {
            break;
        }
        b = rest;
    }
    while let [rest @ .., last] = b {
        if !is_c_space(*last) {
            break;
        }
        b = rest;
    }
    b
}

/// Why digits failed to parse, before the message is worded.
enum IntFailure {
    Invalid,
    TooManyDigits(usize),
}

/// The shared digit parser: `text` is ASCII without surrounding whitespace; `base`
/// is 0 or 2..=36. Handles the sign, the prefix and underscores.
fn parse_int_ascii(text: &[u8], base: u32, max_str_digits: usize) -> Result<Int, IntFailure> {
    let (negative, mut rest) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    let mut base = base;
    let prefix_base = match rest {
        [b'0', b'x' | b'X', ..] => Some(16),
        [b'0', b'o' | b'O', ..] => Some(8),
        [b'0', b'b' | b'B', ..] => Some(2),
        _ => None,
    };
    // A leading "0" in base 0 means a prefix must follow, or the value is all zeros.
    let mut zero_only = false;
    let mut after_prefix = false;
    if base == 0 {
        match prefix_base {
            Some(b) => {
                base = b;
                rest = &rest[2..];
                after_prefix = true;
            }
            None => {
                base = 10;
                zero_only = rest.first() == Some(&b'0');
            }
        }
    } else if prefix_base == Some(base) {
        rest = &rest[2..];
        after_prefix = true;
    }
    // One underscore may follow a prefix; otherwise underscores sit between digits.
    if after_prefix && rest.first() == Some(&b'_') {
        rest = &rest[1..];
    }
    let mut digits: Vec<u8> = Vec::with_capacity(rest.len());
    let mut prev_underscore = false;
    let mut end = 0;
    for (i, &b) in rest.iter().enumerate() {
        if b == b'_' {
            if prev_underscore || digits.is_empty() {
                return Err(IntFailure::Invalid);
            }
            prev_underscore = true;
        } else {
            match (b as char).to_digit(36) {
                Some(d) if d < base => digits.push(d as u8),
                _ => break,
            }
            prev_underscore = false;
        }
        end = i + 1;
    }
    if digits.is_empty() || prev_underscore {
        return Err(IntFailure::Invalid);
    }
    if !base.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(IntFailure::TooManyDigits(digits.len()));
    }
    if end != rest.len() {
        return Err(IntFailure::Invalid);
    }
    if zero_only && digits.iter().any(|&d| d != 0) {
        return Err(IntFailure::Invalid);
    }
    let value = if digits.len() <= 15 && base <= 16 {
        let v = digits
            .iter()
            .fold(0i64, |acc, &d| acc * i64::from(base) + i64::from(d));
        Int::from(if negative { -v } else { v })
    } else {
        let mag = BigInt::from_radix_be(num_bigint::Sign::Plus, &digits, base)
            .ok_or(IntFailure::Invalid)?;
        Int::from_bigint(if negative { -mag } else { mag })
    };
    Ok(value)
}

fn too_many_digits(limit: usize, n: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Checks `int()`'s base argument (CPython clamps huge bases, which fail the same way).
fn check_base(base: i64) -> NumResult<u32> {
    match base {
        0 | 2..=36 => Ok(base as u32),
        _ => Err(NumError::value("int() base must be >= 2 and <= 36, or 0")),
    }
}

/// `int(s, base)` for a str: surrounding whitespace, a sign, a prefix matching the base
/// (or choosing it for base 0), single underscores between digits, non-ASCII decimal
/// digits. `max_str_digits` is `sys.get_int_max_str_digits()` (0 = unlimited).
pub fn parse_int(s: &str, base: i64, max_str_digits: usize) -> NumResult<Int> {
    let base = check_base(base)?;
    let ascii = to_ascii(s);
    parse_int_ascii(trim_c_space(&ascii), base, max_str_digits).map_err(|f| match f {
        IntFailure::TooManyDigits(n) => too_many_digits(max_str_digits, n),
        IntFailure::Invalid => {
            let shown: String = str_repr(s).chars().take(200).collect();
            NumError::value(format!(
                "invalid literal for int() with base {base}: {shown}"
            ))
        }
    })
}

/// `repr()` of a bytes object, for messages about `int(b'...')`.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `int(b, base)` for bytes or bytearray (ASCII digits only).
pub fn parse_int_bytes(b: &[u8], base: i64, max_str_digits: usize) -> NumResult<Int> {
    let base = check_base(base)?;
    parse_int_ascii(trim_c_space(b), base, max_str_digits).map_err(|f| match f {
        IntFailure::TooManyDigits(n) => too_many_digits(max_str_digits, n),
        IntFailure::Invalid => {
            let shown: String = bytes_repr(b).chars().take(200).collect();
            NumError::value(format!(
                "invalid literal for int() with base {base}: {shown}"
            ))
        }
    })
}

/// Validates CPython's float syntax (after whitespace and underscores are handled)
/// and converts it, correctly rounded.
fn parse_float_ascii(t: &[u8]) -> Option<f64> {
    let (negative, body) = match t {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_slice() {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let mut i = 0;
    let digits_at = |i: &mut usize| {
        let start = *i;
        while body.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let int_digits = digits_at(&mut i);
    let mut frac_digits = 0;
    if body.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = digits_at(&mut i);
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits_at(&mut i) == 0 {
            return None;
        }
    }
    if i != body.len() {
        return None;
    }
    let text = std::str::from_utf8(t).ok()?;
    text.parse::<f64>().ok()
}

/// Removes underscores that sit between two digits; `None` if any other underscore.
fn strip_underscores(t: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(t.len());
    for (i, &b) in t.iter().enumerate() {
        if b == b'_' {
            let before = i.checked_sub(1).and_then(|j| t.get(j));
            let after = t.get(i + 1);
            if !before.is_some_and(u8::is_ascii_digit) || !after.is_some_and(u8::is_ascii_digit) {
                return None;
            }
        } else {
            out.push(b);
        }
    }
    Some(out)
}

/// `float(s)` for a str: surrounding whitespace, `inf`/`infinity`/`nan` in any case,
/// underscores between digits, non-ASCII decimal digits; no hex.
pub fn parse_float(s: &str) -> NumResult<f64> {
    let ascii = to_ascii(s);
    strip_underscores(trim_c_space(&ascii))
        .and_then(|t| parse_float_ascii(&t))
        .ok_or_else(|| {
            NumError::value(format!(
                "could not convert string to float: {}",
                str_repr(s)
            ))
        })
}

/// An integer literal as the lexer saw it (`"0x_ff"`, `"1_000"`, `"0o17"`, `"00"`),
/// already checked by the lexer's grammar. Decimal literals keep CPython's digit
/// limit, whose message the lexer reports as a SyntaxError.
pub fn parse_int_literal(text: &str, max_str_digits: usize) -> NumResult<Int> {
    parse_int_ascii(text.as_bytes(), 0, max_str_digits).map_err(|f| match f {
        IntFailure::TooManyDigits(n) => NumError::value(format!(
            "{} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
            too_many_digits(max_str_digits, n).message
        )),
        IntFailure::Invalid => NumError::value(format!("invalid integer literal {text:?}")),
    })
}

/// A float literal as the lexer saw it (`"1_0.5e-3"`, `"1."`, `".5"`); an imaginary
/// literal's text may keep its trailing `j`/`J`, which is ignored.
pub fn parse_float_literal(text: &str) -> Option<f64> {
    let t = text.strip_suffix(['j', 'J']).unwrap_or(text);
    let t = strip_underscores(t.as_bytes())?;
    if t.first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'+' || *b == b'-')
    {
        return None;
    }
    parse_float_ascii(&t)
}
