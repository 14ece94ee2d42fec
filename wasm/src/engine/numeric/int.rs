//! Python's `int`: an i64 fast path that spills into a `BigInt` only when needed.

use super::error::{NumError, NumResult};
use super::float_bits::round_to_f64;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cmp::Ordering;

/// Largest integer, in bits, this engine builds; past it an operation raises `MemoryError`
/// rather than exhaust the browser's memory (CPython would try and may take minutes).
pub const MAX_INT_BITS: u64 = 1 << 26;

/// A Python integer. Normalised: `Big` only holds values outside the i64 range, so
/// derived equality and hashing are value equality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    /// A value that fits in an i64.
    Small(i64),
    /// A value that does not fit in an i64.
    Big(BigInt),
}

impl Int {
    /// The integer 0.
    pub const ZERO: Int = Int::Small(0);
    /// The integer 1.
    pub const ONE: Int = Int::Small(1);

    /// Wraps a `BigInt`, keeping small values unboxed.
    pub fn from_bigint(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(b),
        }
    }

    /// The value as a `BigInt` (allocates for small values).
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => b.clone(),
        }
    }

    /// The value as an i64, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    /// The value clamped to the i64 range (CPython clamps `round()`'s ndigits like this).
    pub fn to_i64_saturating(&self) -> i64 {
        match self {
            Int::Small(v) => *v,
            Int::Big(b) if b.is_negative() => i64::MIN,
            Int::Big(_) => i64::MAX,
        }
    }

    /// The value as a usize, if it is non-negative and fits.
    pub fn to_usize(&self) -> Option<usize> {
        match self {
            Int::Small(v) => usize::try_from(*v).ok(),
            Int::Big(b) => b.to_usize(),
        }
    }

    /// True for 0.
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// True for values below 0.
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i64 {
        match self {
            Int::Small(v) => v.signum(),
            Int::Big(b) if b.is_negative() => -1,
            Int::Big(_) => 1,
        }
    }

    /// `int.bit_length()`: bits in the absolute value, 0 for 0.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(v) => u64::from(64 - v.unsigned_abs().leading_zeros()),
            Int::Big(b) => b.bits(),
        }
    }

    /// `float(int)`: correctly rounded; `OverflowError` when too large.
    pub fn to_f64(&self) -> NumResult<f64> {
        match self {
            // Rust's i64 -> f64 cast rounds to nearest, ties to even, like CPython.
            Int::Small(v) => Ok(*v as f64),
            Int::Big(b) => {
                let too_large = || NumError::overflow("int too large to convert to float");
                let mag = b.magnitude();
                let nbits = mag.bits();
                let shift = nbits.saturating_sub(64);
                let top = (mag >> shift).to_u64().ok_or_else(too_large)?;
                let sticky = shift > 0 && mag.trailing_zeros().is_some_and(|tz| tz < shift);
                let exp2 = i64::try_from(shift).map_err(|_| too_large())?;
                let v = round_to_f64(u128::from(top), exp2, sticky).ok_or_else(too_large)?;
                Ok(if b.is_negative() { -v } else { v })
            }
        }
    }

    /// `abs(x)`.
    pub fn abs(&self) -> Int {
        match self {
            Int::Small(v) => match v.checked_abs() {
                Some(a) => Int::Small(a),
                None => Int::Big(BigInt::from(*v).abs()),
            },
            Int::Big(b) => Int::from_bigint(b.abs()),
        }
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<i32> for Int {
    fn from(v: i32) -> Int {
        Int::Small(i64::from(v))
    }
}

impl From<u32> for Int {
    fn from(v: u32) -> Int {
        Int::Small(i64::from(v))
    }
}

impl From<u64> for Int {
    fn from(v: u64) -> Int {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(BigInt::from(v)),
        }
    }
}

impl From<usize> for Int {
    fn from(v: usize) -> Int {
        Int::from(v as u64)
    }
}

impl From<i128> for Int {
    fn from(v: i128) -> Int {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(BigInt::from(v)),
        }
    }
}

impl From<bool> for Int {
    fn from(v: bool) -> Int {
        Int::Small(i64::from(v))
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_bigint(b)
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            // Normalisation means a Big is beyond every Small in its sign's direction.
            (Int::Small(_), Int::Big(b)) => {
                if b.is_negative() {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(a), Int::Small(_)) => {
                if a.is_negative() {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Default for Int {
    fn default() -> Int {
        Int::ZERO
    }
}
