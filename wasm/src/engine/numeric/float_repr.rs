//! Float to text: `repr()`/`str()` (shortest round-trip digits) and the correctly
//! rounded 'e', 'f', 'g' renderings shared by `format()` and `%`.
//!
//! Rust's float formatting supplies the digits (shortest with `{:e}`, exactly rounded
//! with a precision, ties to even); this module applies CPython's layout rules on top.

/// Decimal digits of a non-negative finite float: `value == 0.DIGITS * 10**decpt`.
struct Digits {
    /// ASCII digits, no leading or trailing zeros (`"0"` for zero).
    digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    decpt: i32,
}

// Past these, every further digit of an f64 is zero (at most 767 significant digits,
// and nothing below 10**-1074); asking Rust for more would panic past u16::MAX.
const MAX_SIG_DIGITS: usize = 800;
const MAX_FRAC_DIGITS: usize = 1100;

impl Digits {
    fn zero() -> Digits {
        Digits {
            digits: vec![b'0'],
            decpt: 1,
        }
    }

    /// Parses Rust's `{:e}` output such as `1.2345e-5`.
    fn from_exp_text(text: &str) -> Digits {
        let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Self::finish(&mut digits, exp + 1)
    }

    /// Strips zeros from both ends, adjusting the decimal point.
    fn finish(digits: &mut Vec<u8>, mut decpt: i32) -> Digits {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        digits.drain(..lead);
        decpt -= lead as i32;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            return Self::zero();
        }
        Digits {
            digits: std::mem::take(digits),
            decpt,
        }
    }

    /// Shortest digits that round-trip (dtoa mode 0).
    fn shortest(x: f64) -> Digits {
        if x == 0.0 {
            return Self::zero();
        }
        let short = Self::from_exp_text(&format!("{:e}", x));
        // When x lies exactly halfway between two shortest candidates, Rust rounds the
        // last digit up while CPython's dtoa rounds it to even (1e15 + 0.25 shows as
        // ...0.2): the correctly rounded digits of the same length settle the tie.
        let n = short.digits.len();
        let even = Self::significant(x, n);
        if even.digits != short.digits && even.to_f64() == Some(x) {
            return even;
        }
        short
    }

    /// The value these digits denote, parsed back.
    fn to_f64(&self) -> Option<f64> {
        let digits = std::str::from_utf8(&self.digits).ok()?;
        format!("0.{digits}e{}", self.decpt).parse().ok()
    }

    /// Correctly rounded to `n >= 1` significant digits (dtoa mode 2).
    fn significant(x: f64, n: usize) -> Digits {
        if x == 0.0 {
            return Self::zero();
        }
        let n = n.clamp(1, MAX_SIG_DIGITS);
        Self::from_exp_text(&format!("{:.*e}", n - 1, x))
    }

    /// Correctly rounded to `n` digits after the point (dtoa mode 3).
    fn fixed(x: f64, n: usize) -> Digits {
        let text = format!("{:.*}", n.min(MAX_FRAC_DIGITS), x);
        let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut digits: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
        Self::finish(&mut digits, int_part.len() as i32)
    }
}

/// Which layout a float rendering uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// 'e': always an exponent, `precision` digits after the point.
    Exponent,
    /// 'f': never an exponent, `precision` digits after the point.
    Fixed,
    /// 'g': `precision` significant digits, exponent when it is small or large.
    General,
    /// `repr()`: shortest round-trip digits, exponent below 1e-4 and from 1e16.
    Repr,
}

/// How to render the magnitude of a float (sign, padding and grouping are the caller's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatLayout {
    /// The style.
    pub style: FloatStyle,
    /// Digits after the point ('e', 'f') or significant digits ('g'); unused for Repr.
    pub precision: usize,
    /// '#': keep the point and trailing zeros.
    pub alternate: bool,
    /// Append ".0" to integral values shown without exponent (repr, and format with no type).
    pub add_dot_0: bool,
    /// 'E', 'F', 'G': upper-case exponent marker, "INF" and "NAN".
    pub upper: bool,
}

/// Renders `|x|` (NaN as "nan") under `layout`, without any sign.
pub fn format_float_abs(x: f64, layout: &FloatLayout) -> String {
    let x = x.abs();
    if x.is_nan() {
        return if layout.upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        return if layout.upper { "INF" } else { "inf" }.to_string();
    }
    let p = layout.precision;
    let (d, use_exp, min_frac) = match layout.style {
        FloatStyle::Repr => {
            let d = Digits::shortest(x);
            let use_exp = d.decpt <= -4 || d.decpt > 16;
            (d, use_exp, MinFrac::None)
        }
        FloatStyle::Exponent => (
            Digits::significant(x, p.saturating_add(1)),
            true,
            MinFrac::Digits(p),
        ),
        FloatStyle::Fixed => (Digits::fixed(x, p), false, MinFrac::Digits(p)),
        FloatStyle::General => {
            let p = p.max(1);
            let d = Digits::significant(x, p);
            let limit = if layout.add_dot_0 { p - 1 } else { p };
            let use_exp = d.decpt <= -4 || i64::from(d.decpt) > limit as i64;
            let min = if layout.alternate {
                MinFrac::Significant(p)
            } else {
                MinFrac::None
            };
            (d, use_exp, min)
        }
    };
    let nd = d.digits.len() as i64;
    let (decpt, exp) = if use_exp {
        (1i64, i64::from(d.decpt) - 1)
    } else {
        (i64::from(d.decpt), 0)
    };
    let mut out = String::new();
    // Integer part.
    if decpt <= 0 {
        out.push('0');
    } else {
        let take = decpt.min(nd) as usize;
        out.extend(d.digits[..take].iter().map(|&b| b as char));
        out.extend(std::iter::repeat_n('0', (decpt - nd).max(0) as usize));
    }
    // Fraction part.
    let mut frac = String::new();
    if decpt < 0 {
        frac.extend(std::iter::repeat_n('0', (-decpt) as usize));
        frac.extend(d.digits.iter().map(|&b| b as char));
    } else if decpt < nd {
        frac.extend(d.digits[decpt as usize..].iter().map(|&b| b as char));
    }
    let want = match min_frac {
        MinFrac::None => 0,
        MinFrac::Digits(n) => n,
        MinFrac::Significant(n) => (n as i64 - decpt).max(0) as usize,
    };
    if frac.len() < want {
        let pad = want - frac.len();
        frac.extend(std::iter::repeat_n('0', pad));
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(&frac);
    } else if layout.add_dot_0 && !use_exp {
        out.push_str(".0");
    } else if layout.alternate {
        out.push('.');
    }
    if use_exp {
        out.push(if layout.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

/// How many digits the fraction must show at least.
#[derive(Clone, Copy)]
enum MinFrac {
    None,
    Digits(usize),
    Significant(usize),
}

/// `repr(x)` and `str(x)` for a float: `'1.0'`, `'1e+16'`, `'0.0001'`, `'1e-05'`,
/// `'inf'`, `'nan'`, `'-0.0'`.
pub fn float_repr(x: f64) -> String {
    let body = format_float_abs(
        x,
        &FloatLayout {
            style: FloatStyle::Repr,
            precision: 0,
            alternate: false,
            add_dot_0: true,
            upper: false,
        },
    );
    if x.is_sign_negative() && !x.is_nan() {
        format!("-{body}")
    } else {
        body
    }
}
