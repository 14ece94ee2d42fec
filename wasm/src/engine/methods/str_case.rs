//! Character properties and case mappings of `str`, as CPython 3.11 defines them
//! (Unicode 14): the predicates behind `isalpha()`..`isidentifier()` and the full
//! mappings behind `upper()`, `lower()`, `title()`, `capitalize()`, `swapcase()`
//! and `casefold()`, including the final-sigma rule.

use super::unicode_props::{
    ALPHA, CASED, CASE_IGNORABLE, DIGIT, FLAG_BITS, FOLD_EXCEPTIONS, LOWER, LOWER_MULTI,
    LOWER_RUNS, NUMERIC, PROPS, TITLE, TITLE_EXCEPTIONS, UPPER, UPPER_MULTI, UPPER_RUNS,
    XID_CONTINUE, XID_START,
};
use crate::engine::numeric::str_repr::is_printable;
use crate::engine::numeric::unicode_tables::{DECIMAL_ZEROS, NON_ASCII_SPACES};

/// The property flags of a character.
fn flags(c: char) -> u32 {
    let cp = c as u32;
    let i = PROPS.partition_point(|&e| (e >> FLAG_BITS) <= cp);
    i.checked_sub(1)
        .and_then(|i| PROPS.get(i))
        .map_or(0, |&e| e & ((1 << FLAG_BITS) - 1))
}

fn has(c: char, flag: u32) -> bool {
    flags(c) & flag != 0
}

/// `str.isalpha()` for one character.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, ALPHA)
}

/// `str.isdecimal()` for one character (general category Nd).
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let v = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= v);
    i.checked_sub(1)
        .and_then(|i| DECIMAL_ZEROS.get(i))
        .is_some_and(|&z| v - z < 10)
}

/// `str.isdigit()` for one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DIGIT)
}

/// `str.isnumeric()` for one character.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, NUMERIC)
}

/// `str.isalnum()` for one character.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, ALPHA | DIGIT | NUMERIC) || is_decimal(c)
}

/// `str.isspace()` for one character (CPython counts \x1c-\x1f as spaces).
pub fn is_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0d | 0x1c..=0x20 => true,
        v if v < 0x80 => false,
        v => NON_ASCII_SPACES.binary_search(&v).is_ok(),
    }
}

/// `str.isprintable()` for one character.
pub fn is_printable_char(c: char) -> bool {
    is_printable(c)
}

/// The Lowercase property.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, LOWER)
}

/// The Uppercase property.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, UPPER)
}

/// General category Lt (title-case letters such as `ǅ`).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, TITLE)
}

/// The Cased property.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, CASED)
}

fn is_case_ignorable(c: char) -> bool {
    has(c, CASE_IGNORABLE)
}

/// Whether `c` may start an identifier (`_` or XID_Start, Unicode 14).
pub fn is_identifier_start(c: char) -> bool {
    if c.is_ascii() {
        c == '_' || c.is_ascii_alphabetic()
    } else {
        has(c, XID_START)
    }
}

/// Whether `c` may continue an identifier (XID_Continue, Unicode 14).
pub fn is_identifier_continue(c: char) -> bool {
    if c.is_ascii() {
        c == '_' || c.is_ascii_alphanumeric()
    } else {
        has(c, XID_CONTINUE)
    }
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_identifier_start) && chars.all(is_identifier_continue)
}

/// Up to three characters a mapping produces.
struct Mapped {
    chars: [char; 3],
    len: usize,
}

impl Mapped {
    fn one(c: char) -> Mapped {
        Mapped {
            chars: [c, '\0', '\0'],
            len: 1,
        }
    }

    fn from_table(cps: &[u32; 3]) -> Mapped {
        let mut m = Mapped {
            chars: ['\0'; 3],
            len: 0,
        };
        for &cp in cps.iter().take_while(|&&cp| cp != 0) {
            if let Some(c) = char::from_u32(cp) {
                m.chars[m.len] = c;
                m.len += 1;
            }
        }
        m
    }

    fn push_to(&self, out: &mut String) {
        for c in &self.chars[..self.len] {
            out.push(*c);
        }
    }
}

fn lookup_full(table: &[(u32, [u32; 3])], c: char) -> Option<Mapped> {
    table
        .binary_search_by_key(&(c as u32), |e| e.0)
        .ok()
        .and_then(|i| table.get(i))
        .map(|e| Mapped::from_table(&e.1))
}

fn lookup_runs(runs: &[(u32, u32, i32, u32)], c: char) -> Option<char> {
    let cp = c as u32;
    let i = runs.partition_point(|r| r.0 <= cp).checked_sub(1)?;
    let &(first, last, delta, step) = runs.get(i)?;
    if cp > last || !(cp - first).is_multiple_of(step.max(1)) {
        return None;
    }
    char::from_u32(cp.wrapping_add_signed(delta))
}

fn upper_full(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_uppercase());
    }
    if let Some(m) = lookup_full(&UPPER_MULTI, c) {
        return m;
    }
    Mapped::one(lookup_runs(&UPPER_RUNS, c).unwrap_or(c))
}

fn lower_full(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_lowercase());
    }
    if let Some(m) = lookup_full(&LOWER_MULTI, c) {
        return m;
    }
    Mapped::one(lookup_runs(&LOWER_RUNS, c).unwrap_or(c))
}

fn title_full(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_uppercase());
    }
    lookup_full(&TITLE_EXCEPTIONS, c).unwrap_or_else(|| upper_full(c))
}

fn fold_full(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_lowercase());
    }
    lookup_full(&FOLD_EXCEPTIONS, c).unwrap_or_else(|| lower_full(c))
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Lower-cases `chars[i]`, applying the final-sigma rule to a capital sigma.
fn lower_at(chars: &[char], i: usize, out: &mut String) {
    let Some(&c) = chars.get(i) else { return };
    if c != CAPITAL_SIGMA {
        lower_full(c).push_to(out);
        return;
    }
    // Final when a cased letter comes before (skipping case-ignorables) and none after.
    let before = chars[..i].iter().rev().find(|&&p| !is_case_ignorable(p));
    let mut final_sigma = before.is_some_and(|&p| is_cased(p));
    if final_sigma {
        let after = chars
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .find(|&&n| !is_case_ignorable(n));
        final_sigma = after.is_none_or(|&n| !is_cased(n));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        upper_full(c).push_to(&mut out);
    }
    out
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        lower_at(&chars, i, &mut out);
    }
    out
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_full(c).push_to(&mut out);
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            lower_at(&chars, i, &mut out);
        } else if is_lower(c) {
            upper_full(c).push_to(&mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`: title-case after an uncased character, lower-case after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            lower_at(&chars, i, &mut out);
        } else {
            title_full(c).push_to(&mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: the first character title-cased, the rest lower-cased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            title_full(c).push_to(&mut out);
        } else {
            lower_at(&chars, i, &mut out);
        }
    }
    out
}

/// `str.islower()`: some cased character, none upper- or title-case.
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.isupper()`: some cased character, none lower- or title-case.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.istitle()`: upper/title-case letters only after uncased characters,
/// lower-case letters only after cased ones, and at least one cased letter.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}
