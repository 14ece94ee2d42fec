//! `float.hex()` and `float.fromhex()`: exact hexadecimal float text, with
//! correct rounding (half to even) when parsing more bits than a double holds.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// Why a hexadecimal string could not become a float.
#[derive(Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// Not a hexadecimal float literal.
    Invalid,
    /// Finite but beyond the largest double.
    TooLarge,
}

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let mantissa = bits & ((1u64 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i64;
    // Subnormals are written with a leading 0 and the smallest normal exponent.
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp:+}")
}

/// Rounds `m * 2**e` (m > 0) to the nearest double, ties to even.
fn compose(m: &BigUint, e: i64) -> Result<f64, FromHexError> {
    let bits = m.bits() as i64;
    // Exponent of the leading bit.
    let top = bits - 1 + e;
    if top > 1023 {
        return Err(FromHexError::TooLarge);
    }
    // Lowest exponent kept: 52 bits below the top, but never below 2**-1074.
    let low = (top - 52).max(-1074);
    let shift = low - e;
    let mut kept = if shift > 0 {
        let s = shift as u64;
        let q: BigUint = m >> s;
        let rem: BigUint = m - (&q << s);
        let half = BigUint::from(1u8) << (s - 1);
        let q_odd = q.bit(0);
        if rem > half || (rem == half && q_odd) {
            q + 1u8
        } else {
            q
        }
    } else {
        m << ((-shift) as u64)
    };
    let mut low = low;
    // Rounding up may carry into a new bit.
    if kept.bits() > 53 {
        kept >>= 1u8;
        low += 1;
    }
    if kept.bits() as i64 - 1 + low > 1023 {
        return Err(FromHexError::TooLarge);
    }
    let k = kept.to_u64().unwrap_or(0) as f64;
    // k has at most 53 bits, so scaling by a power of two in two exact steps is exact.
    let half = low / 2;
    Ok(k * 2f64.powi(half as i32) * 2f64.powi((low - half) as i32))
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp_text) = match rest.split_once('p') {
        Some((d, e)) => (d, Some(e)),
        None => (rest, None),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut m = BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(FromHexError::Invalid)?;
        m = (m << 4u8) + d;
    }
    let exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(FromHexError::Invalid);
            }
            // Huge exponents saturate; they end as zero or as too large.
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 4
            } else {
                i64::MAX / 4
            })
        }
    };
    let e = exp.saturating_sub(4 * frac_part.len() as i64);
    // Zero, or far below the smallest subnormal: rounds to zero.
    let v = if m.is_zero() || e.saturating_add(m.bits() as i64) < -1080 {
        0.0
    } else {
        compose(&m, e)?
    };
    Ok(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_cpython() {
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(0.0), "0x0.0p+0");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
    }

    #[test]
    fn fromhex_rounds_and_limits() {
        assert_eq!(float_fromhex("0x1.8p1"), Ok(3.0));
        assert_eq!(float_fromhex(" -0X1.8P+1 "), Ok(-3.0));
        assert_eq!(float_fromhex("0x1p-1074"), Ok(5e-324));
        assert_eq!(float_fromhex("0x1p-1075"), Ok(0.0));
        assert_eq!(
            float_fromhex("0x1.0000000000000fp0"),
            Ok(1.0000000000000002)
        );
        assert_eq!(float_fromhex("0x1p1024"), Err(FromHexError::TooLarge));
        assert_eq!(
            float_fromhex("0x1.fffffffffffff8p1023"),
            Err(FromHexError::TooLarge)
        );
        assert_eq!(float_fromhex("0x1.fffffffffffff7p1023"), Ok(f64::MAX));
        assert_eq!(float_fromhex("0x.8"), Ok(0.5));
        assert_eq!(float_fromhex("1"), Ok(1.0));
        assert_eq!(float_fromhex("0x1.p0"), Ok(1.0));
        assert_eq!(float_fromhex("x"), Err(FromHexError::Invalid));
        assert_eq!(float_fromhex("0x"), Err(FromHexError::Invalid));
        assert_eq!(float_fromhex("0x1_0p0"), Err(FromHexError::Invalid));
        assert_eq!(float_fromhex("0x1.999999999999ap-4"), Ok(0.1));
    }
}
