//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
//!
//! Bools: `format(True, '')` is `'True'` (the VM's `str`), but with any non-empty spec
//! CPython formats a bool as an int, so the VM calls [`format_int`] with type name
//! `"bool"` (`f'{False:>6}' == '     0'`, and error messages name `'bool'`).

use super::error::{NumError, NumResult};
use super::float_repr::{float_repr, format_float_abs, FloatLayout, FloatStyle};
use super::int::Int;
use super::int_text::{int_abs_decimal, int_abs_digits, int_to_decimal};

/// Widths past this raise `MemoryError` instead of building a string a browser
/// cannot hold (CPython would attempt the allocation).
pub const MAX_FORMAT_WIDTH: usize = 1 << 26;

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: after the sign and prefix, before the digits.
    AfterSign,
}

/// What to show before non-negative numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignMode {
    /// `-`: only negative numbers get a sign (the default).
    Negative,
    /// `+`: always a sign.
    Always,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// A parsed format spec, before type-specific defaults are applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character, if given with an alignment.
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Explicit sign option.
    pub sign: Option<SignMode>,
    /// `z`: show negative zero as zero (3.11).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (zero padding) was given.
    pub zero_pad: bool,
    /// Minimum width (0 when absent).
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// `.precision`.
    pub precision: Option<usize>,
    /// The presentation type, e.g. `'x'`.
    pub kind: Option<char>,
}

/// How CPython shows a format code in messages: the character if printable ASCII,
/// else `\x` and its hex value.
fn code_text(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

fn unknown_code(c: char, type_name: &str) -> NumError {
    NumError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_text(c),
        type_name
    ))
}

fn parse_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of ASCII digits starting at `*pos`; `None` when there are none.
fn parse_number(chars: &[char], pos: &mut usize) -> NumResult<Option<usize>> {
    let start = *pos;
    let mut value: usize = 0;
    let mut overflow = false;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        match value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
        {
            Some(v) if v <= isize::MAX as usize => value = v,
            _ => overflow = true,
        }
        *pos += 1;
    }
    if overflow {
        return Err(NumError::value("Too many decimal digits in format string"));
    }
    Ok(if *pos == start { None } else { Some(value) })
}

/// Parses a spec as CPython does for an object whose default type is `default_kind`
/// (`'d'` for int, none for float, `'s'` for str); `type_name` goes into messages.
pub fn parse_format_spec(
    spec: &str,
    default_kind: Option<char>,
    type_name: &str,
) -> NumResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut pos = 0;
    let mut out = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero_pad: false,
        width: 0,
        grouping: None,
        precision: None,
        kind: None,
    };
    if let Some(a) = chars.get(1).copied().and_then(parse_align) {
        out.fill = chars.first().copied();
        out.align = Some(a);
        pos = 2;
    } else if let Some(a) = chars.first().copied().and_then(parse_align) {
        out.align = Some(a);
        pos = 1;
    }
    match chars.get(pos) {
        Some('+') => out.sign = Some(SignMode::Always),
        Some('-') => out.sign = Some(SignMode::Negative),
        Some(' ') => out.sign = Some(SignMode::Space),
        _ => {}
    }
    if out.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = parse_number(&chars, &mut pos)?.unwrap_or(0);
    match chars.get(pos) {
        Some(',') => {
            out.grouping = Some(',');
            pos += 1;
            if chars.get(pos) == Some(&'_') {
                return Err(NumError::value("Cannot specify both ',' and '_'."));
            }
        }
        Some('_') => {
            out.grouping = Some('_');
            pos += 1;
            if chars.get(pos) == Some(&',') {
                return Err(NumError::value("Cannot specify both ',' and '_'."));
            }
        }
        _ => {}
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match parse_number(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err(NumError::value("Format specifier missing precision")),
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.kind = chars.get(pos).copied(),
        _ => {
            return Err(NumError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    if let Some(sep) = out.grouping {
        let kind = out.kind.or(default_kind);
        let allowed = match kind {
            None => true,
            Some(k) => {
                matches!(k, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F')
                    || (sep == '_' && matches!(k, 'b' | 'o' | 'x' | 'X'))
            }
        };
        if !allowed {
            let k = kind.map(code_text).unwrap_or_default();
            return Err(NumError::value(format!(
                "Cannot specify '{sep}' with '{k}'."
            )));
        }
    }
    Ok(out)
}

/// Fill and alignment after applying a type's defaults and the `0` flag.
struct Padding {
    fill: char,
    align: Align,
    width: usize,
}

fn padding(spec: &FormatSpec, default_align: Align) -> NumResult<Padding> {
    if spec.width > MAX_FORMAT_WIDTH {
        return Err(NumError::memory());
    }
    let zero = spec.zero_pad;
    let align = spec
        .align
        .unwrap_or(if zero && default_align == Align::Right {
            Align::AfterSign
        } else {
            default_align
        });
    let fill = spec.fill.unwrap_or(if zero { '0' } else { ' ' });
    Ok(Padding {
        fill,
        align,
        width: spec.width,
    })
}

/// Inserts `sep` every `size` digits from the right, zero-padding the digits (as
/// CPython does for `0`-fill with `=`) until the result is at least `min_width` long.
fn group_digits(digits: &str, sep: char, size: usize, min_width: usize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len();
    let mut min_left = min_width as isize;
    let mut parts: Vec<String> = Vec::new();
    loop {
        let want = (remaining as isize).max(min_left).max(1) as usize;
        let len = want.min(size);
        let take = len.min(remaining);
        let mut group: String = std::iter::repeat_n('0', len - take).collect();
        group.extend(&digits[remaining - take..remaining]);
        parts.push(group);
        remaining -= take;
        min_left -= len as isize;
        if remaining == 0 && min_left <= 0 {
            break;
        }
        min_left -= 1;
    }
    parts.reverse();
    parts.join(&sep.to_string())
}

/// Lays out `sign + prefix + digits + rest` (digits being the integer part that
/// grouping applies to) within the spec's width.
fn assemble_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    grouping: Option<(char, usize)>,
    pad: &Padding,
) -> String {
    let lead = sign.len() + prefix.len();
    let grouped = match grouping {
        // inf and nan have no digits to group (and no grouped zero padding).
        Some((sep, size)) if !digits.is_empty() => {
            let min = if pad.fill == '0' && pad.align == Align::AfterSign {
                pad.width.saturating_sub(lead + rest.chars().count())
            } else {
                0
            };
            group_digits(digits, sep, size, min)
        }
        _ => digits.to_string(),
    };
    let len = lead + grouped.chars().count() + rest.chars().count();
    let n = pad.width.saturating_sub(len);
    let fill = |k: usize| -> String { std::iter::repeat_n(pad.fill, k).collect() };
    match pad.align {
        Align::Left => format!("{sign}{prefix}{grouped}{rest}{}", fill(n)),
        Align::Right => format!("{}{sign}{prefix}{grouped}{rest}", fill(n)),
        Align::Center => format!(
            "{}{sign}{prefix}{grouped}{rest}{}",
            fill(n / 2),
            fill(n - n / 2)
        ),
        Align::AfterSign => format!("{sign}{prefix}{}{grouped}{rest}", fill(n)),
    }
}

fn sign_text(negative: bool, mode: Option<SignMode>) -> &'static str {
    match (negative, mode) {
        (true, _) => "-",
        (false, Some(SignMode::Always)) => "+",
        (false, Some(SignMode::Space)) => " ",
        _ => "",
    }
}

/// `format(n, spec)` for an int (`type_name` is `"int"`, `"bool"`, or a subclass name).
///
/// An empty spec gives `str(n)`; `max_str_digits` is the `sys` digit limit (0 = none).
pub fn format_int(
    n: &Int,
    spec: &str,
    type_name: &str,
    max_str_digits: usize,
) -> NumResult<String> {
    if spec.is_empty() {
        return int_to_decimal(n, max_str_digits);
    }
    let s = parse_format_spec(spec, Some('d'), type_name)?;
    let kind = s.kind.unwrap_or('d');
    match kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_spec(n.to_f64()?, &s);
        }
        other => return Err(unknown_code(other, type_name)),
    }
    if s.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let pad = padding(&s, Align::Right)?;
    if kind == 'c' {
        if s.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = n
            .to_i64()
            .and_then(|v| u32::try_from(v).ok())
            .filter(|&v| v < 0x110000)
            .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
        // Lone surrogates have no Rust char; U+FFFD stands in for them.
        let c = char::from_u32(ch).unwrap_or('\u{fffd}');
        return Ok(assemble_number("", "", "", &c.to_string(), None, &pad));
    }
    let (radix, prefix, group) = match kind {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let digits = if radix == 10 {
        int_abs_decimal(n, max_str_digits)?
    } else {
        let d = int_abs_digits(n, radix);
        if kind == 'X' {
            d.to_ascii_uppercase()
        } else {
            d
        }
    };
    let prefix = if s.alternate { prefix } else { "" };
    let sign = sign_text(n.is_negative(), s.sign);
    let grouping = s.grouping.map(|sep| (sep, group));
    Ok(assemble_number(sign, prefix, &digits, "", grouping, &pad))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let mut s = parse_format_spec(spec, None, type_name)?;
    // CPython stores "no type" as NUL, so an explicit NUL type means none for floats.
    if s.kind == Some('\0') {
        s.kind = None;
    }
    match s.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &s),
        Some(other) => Err(unknown_code(other, type_name)),
    }
}

/// Formats a float under an already parsed spec whose type is a float type or none.
fn format_float_spec(x: f64, s: &FormatSpec) -> NumResult<String> {
    let precision = match s.precision {
        Some(p) if p > i32::MAX as usize => return Err(NumError::value("precision too big")),
        Some(p) if p > MAX_FORMAT_WIDTH => return Err(NumError::memory()),
        other => other,
    };
    let pad = padding(s, Align::Right)?;
    let kind = s.kind;
    let (style, upper, percent) = match kind {
        None if precision.is_none() => (FloatStyle::Repr, false, false),
        None | Some('g' | 'n') => (FloatStyle::General, false, false),
        Some('G') => (FloatStyle::General, true, false),
        Some('e') => (FloatStyle::Exponent, false, false),
        Some('E') => (FloatStyle::Exponent, true, false),
        Some('F') => (FloatStyle::Fixed, true, false),
        _ => (FloatStyle::Fixed, false, kind == Some('%')),
    };
    let value = if percent { x * 100.0 } else { x };
    let layout = FloatLayout {
        style,
        precision: precision.unwrap_or(6),
        alternate: s.alternate,
        add_dot_0: kind.is_none(),
        upper,
    };
    let mut body = format_float_abs(value, &layout);
    if percent {
        body.push('%');
    }
    let mut negative = value.is_sign_negative() && !value.is_nan();
    if negative && s.no_neg_zero && is_zero_text(&body) {
        negative = false;
    }
    let digit_end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(digit_end);
    let sign = sign_text(negative, s.sign);
    let grouping = s.grouping.map(|sep| (sep, 3));
    Ok(assemble_number(sign, "", digits, rest, grouping, &pad))
}

/// True when a rendered mantissa shows only zeros (so `z` drops its minus sign).
fn is_zero_text(body: &str) -> bool {
    let mantissa = body.split(['e', 'E']).next().unwrap_or(body);
    mantissa.chars().all(|c| c == '0' || c == '.' || c == '%') && mantissa.chars().any(|c| c == '0')
}

/// `format(s, spec)` for a str.
pub fn format_str(text: &str, spec: &str, type_name: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse_format_spec(spec, Some('s'), type_name)?;
    if let Some(k) = s.kind.filter(|&k| k != 's') {
        return Err(unknown_code(k, type_name));
    }
    match s.sign {
        Some(SignMode::Space) => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if s.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == Some(Align::AfterSign) {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let pad = padding(&s, Align::Left)?;
    let shown: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(assemble_number("", "", "", &shown, None, &pad))
}
