//! Int to text: `str()`/`repr()` with CPython's 4300-digit limit, and `bin()`,
//! `oct()`, `hex()` with their prefixes.

use super::error::{NumError, NumResult};
use super::int::Int;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The digits of `|n|` in `radix` (2..=36), lower case.
pub fn int_abs_digits(n: &Int, radix: u32) -> String {
    match n {
        Int::Small(v) => {
            let mut v = v.unsigned_abs();
            if v == 0 {
                return "0".to_string();
            }
            let mut buf = Vec::new();
            let r = u64::from(radix);
            while v > 0 {
                let d = (v % r) as u32;
                buf.push(char::from_digit(d, radix).unwrap_or('?'));
                v /= r;
            }
            buf.iter().rev().collect()
        }
        Int::Big(b) => b.magnitude().to_str_radix(radix),
    }
}

/// The `ValueError` for a decimal conversion past `limit` digits.
pub fn int_str_limit_error(limit: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Decimal digits of `|n|`, refusing more than `max_str_digits` (0 means no limit).
pub fn int_abs_decimal(n: &Int, max_str_digits: usize) -> NumResult<String> {
    if max_str_digits > 0 {
        // |n| has more than (bits - 1) * log10(2) digits: refuse huge values unconverted.
        let min_digits =
            ((n.bit_length().saturating_sub(1)) as f64 * std::f64::consts::LOG10_2) as usize;
        if min_digits > max_str_digits {
            return Err(int_str_limit_error(max_str_digits));
        }
    }
    let s = int_abs_digits(n, 10);
    if max_str_digits > 0 && s.len() > max_str_digits {
        return Err(int_str_limit_error(max_str_digits));
    }
    Ok(s)
}

/// `str(n)` / `repr(n)` with CPython's digit limit (`max_str_digits`, 0 = unlimited).
pub fn int_to_decimal(n: &Int, max_str_digits: usize) -> NumResult<String> {
    let digits = int_abs_decimal(n, max_str_digits)?;
    Ok(if n.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

fn prefixed(n: &Int, radix: u32, prefix: &str) -> String {
    let sign = if n.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", int_abs_digits(n, radix))
}

/// `bin(n)`: `'-0b101'`.
pub fn int_bin(n: &Int) -> String {
    prefixed(n, 2, "0b")
}

/// `oct(n)`: `'0o17'`.
pub fn int_oct(n: &Int) -> String {
    prefixed(n, 8, "0o")
}

/// `hex(n)`: `'0xff'`.
pub fn int_hex(n: &Int) -> String {
    prefixed(n, 16, "0x")
}

/// Decimal text with no digit limit (for messages and debugging; `str()` uses
/// [`int_to_decimal`]).
impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_negative() {
            f.write_str("-")?;
        }
        f.write_str(&int_abs_digits(self, 10))
    }
}
