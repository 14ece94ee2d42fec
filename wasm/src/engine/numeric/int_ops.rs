//! Integer arithmetic with Python's semantics: floor division, sign of the divisor for
//! `%`, exact true division, `pow` with negative exponents and moduli, shifts, bitwise ops.

use super::error::{NumError, NumResult};
use super::float_bits::round_to_f64;
use super::float_ops::{float_pow, FloatPow};
use super::int::{Int, MAX_INT_BITS};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The result of `int ** int`: an int, or a float when the exponent is negative.
#[derive(Clone, Debug, PartialEq)]
pub enum IntPow {
    /// A non-negative exponent gives an int.
    Int(Int),
    /// A negative exponent gives a float (`2 ** -1 == 0.5`).
    Float(f64),
}

fn int_div_zero() -> NumError {
    NumError::zero_division("integer division or modulo by zero")
}

fn negative_shift() -> NumError {
    NumError::value("negative shift count")
}

impl Int {
    /// `a + b`.
    pub fn add(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_add(*b) {
                return Int::Small(r);
            }
        }
        Int::from_bigint(self.to_bigint() + other.to_bigint())
    }

    /// `a - b`.
    pub fn sub(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_sub(*b) {
                return Int::Small(r);
            }
        }
        Int::from_bigint(self.to_bigint() - other.to_bigint())
    }

    /// `a * b`; `MemoryError` past [`MAX_INT_BITS`].
    pub fn mul(&self, other: &Int) -> NumResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_mul(*b) {
                return Ok(Int::Small(r));
            }
        }
        if self.bit_length() + other.bit_length() > MAX_INT_BITS {
            return Err(NumError::memory());
        }
        Ok(Int::from_bigint(self.to_bigint() * other.to_bigint()))
    }

    /// `-a`.
    pub fn neg(&self) -> Int {
        match self {
            Int::Small(a) => match a.checked_neg() {
                Some(r) => Int::Small(r),
                None => Int::from_bigint(-BigInt::from(*a)),
            },
            Int::Big(b) => Int::from_bigint(-b),
        }
    }

    /// `a // b`, rounding toward negative infinity.
    pub fn floor_div(&self, other: &Int) -> NumResult<Int> {
        if other.is_zero() {
            return Err(int_div_zero());
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(q) = a.checked_div(*b) {
                let adjust = a % b != 0 && ((*a < 0) != (*b < 0));
                return Ok(Int::Small(if adjust { q - 1 } else { q }));
            }
        }
        Ok(Int::from_bigint(
            self.to_bigint().div_floor(&other.to_bigint()),
        ))
    }

    /// `a % b`, with the sign of `b`.
    pub fn modulo(&self, other: &Int) -> NumResult<Int> {
        if other.is_zero() {
            return Err(NumError::zero_division("integer modulo by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            // checked_rem fails only for i64::MIN % -1, whose remainder is 0.
            let r = a.checked_rem(*b).unwrap_or(0);
            let adjust = r != 0 && ((r < 0) != (*b < 0));
            return Ok(Int::Small(if adjust { r + b } else { r }));
        }
        Ok(Int::from_bigint(
            self.to_bigint().mod_floor(&other.to_bigint()),
        ))
    }

    /// `divmod(a, b)`.
    pub fn div_mod(&self, other: &Int) -> NumResult<(Int, Int)> {
        if other.is_zero() {
            return Err(int_div_zero());
        }
        Ok((self.floor_div(other)?, self.modulo(other)?))
    }

    /// `a / b`, correctly rounded like CPython even when the operands exceed 2**53.
    pub fn true_div(&self, other: &Int) -> NumResult<f64> {
        if other.is_zero() {
            return Err(NumError::zero_division("division by zero"));
        }
        const EXACT: i64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if (-EXACT..=EXACT).contains(a) && (-EXACT..=EXACT).contains(b) {
                return Ok(*a as f64 / *b as f64);
            }
        }
        let negative = self.is_negative() != other.is_negative();
        let sign = |v: f64| if negative { -v } else { v };
        if self.is_zero() {
            return Ok(sign(0.0));
        }
        let a = self.to_bigint().magnitude().clone();
        let b = other.to_bigint().magnitude().clone();
        let too_large = || NumError::overflow("integer division result too large for a float");
        // Bits of the quotient are within one of this difference.
        let e = a.bits() as i128 - b.bits() as i128;
        if e > 1025 {
            return Err(too_large());
        }
        if e < -1080 {
            return Ok(sign(0.0));
        }
        // Scale so the integer quotient has 55 or more bits: rounding then only needs
        // the remainder as a sticky bit.
        let s = (56 - e) as i64;
        let (q, r) = if s >= 0 {
            (a << s as u64).div_rem(&b)
        } else {
            a.div_rem(&(b << (-s) as u64))
        };
        let q = q.to_u128().ok_or_else(too_large)?;
        let v = round_to_f64(q, -s, !r.is_zero()).ok_or_else(too_large)?;
        Ok(sign(v))
    }

    /// `a ** b` (two-argument pow).
    pub fn pow(&self, exp: &Int) -> NumResult<IntPow> {
        if exp.is_negative() {
            // CPython hands negative exponents to float pow.
            let r = float_pow(self.to_f64()?, exp.to_f64()?)?;
            return Ok(match r {
                FloatPow::Real(v) => IntPow::Float(v),
                // An integral exponent never gives a complex result; keep the real part.
                FloatPow::Complex(re, _) => IntPow::Float(re),
            });
        }
        match self {
            Int::Small(0) => return Ok(IntPow::Int(Int::from(exp.is_zero()))),
            Int::Small(1) => return Ok(IntPow::Int(Int::ONE)),
            Int::Small(-1) => {
                let odd = match exp {
                    Int::Small(e) => e & 1 == 1,
                    Int::Big(b) => b.is_odd(),
                };
                return Ok(IntPow::Int(Int::Small(if odd { -1 } else { 1 })));
            }
            _ => {}
        }
        let e = match exp.to_i64() {
            Some(e) if ((self.bit_length() - 1) as i128) * (e as i128) <= MAX_INT_BITS as i128 => {
                e as u64
            }
            _ => return Err(NumError::memory()),
        };
        if let Int::Small(base) = self {
            if let Some(r) = checked_pow_i64(*base, e) {
                return Ok(IntPow::Int(Int::Small(r)));
            }
        }
        let r = num_traits::pow::Pow::pow(self.to_bigint(), e);
        Ok(IntPow::Int(Int::from_bigint(r)))
    }

    /// `pow(a, b, m)`: modular exponentiation; a negative `b` uses the modular inverse and
    /// the result takes the sign of `m`.
    pub fn pow_mod(&self, exp: &Int, modulus: &Int) -> NumResult<Int> {
        if modulus.is_zero() {
            return Err(NumError::value("pow() 3rd argument cannot be 0"));
        }
        let m_abs = modulus.abs().to_bigint();
        let mut base = self.to_bigint().mod_floor(&m_abs);
        let mut e = exp.to_bigint();
        if e.is_negative() {
            base = mod_inverse(&base, &m_abs)
                .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
            e = -e;
        }
        if m_abs.is_one() {
            return Ok(Int::ZERO);
        }
        let mut r = base.modpow(&e, &m_abs);
        if modulus.is_negative() && !r.is_zero() {
            r -= &m_abs;
        }
        Ok(Int::from_bigint(r))
    }

    /// `a << n`.
    pub fn lshift(&self, n: &Int) -> NumResult<Int> {
        if n.is_negative() {
            return Err(negative_shift());
        }
        if self.is_zero() {
            return Ok(Int::ZERO);
        }
        let n = match n.to_i64() {
            Some(n) if self.bit_length() as i128 + n as i128 <= MAX_INT_BITS as i128 => n as u64,
            Some(_) => return Err(NumError::memory()),
            None => {
                // CPython counts the shift in 30-bit digits; past an ssize_t of them it
                // gives up with OverflowError, below that the allocation fails.
                let digits_limit = BigInt::from(30u8) << 63u8;
                if n.to_bigint() >= digits_limit {
                    return Err(NumError::overflow("too many digits in integer"));
                }
                return Err(NumError::memory());
            }
        };
        if let Int::Small(a) = self {
            if n < 63 {
                let r = a << n;
                if r >> n == *a {
                    return Ok(Int::Small(r));
                }
            }
        }
        Ok(Int::from_bigint(self.to_bigint() << n))
    }

    /// `a >> n`, rounding toward negative infinity.
    pub fn rshift(&self, n: &Int) -> NumResult<Int> {
        if n.is_negative() {
            return Err(negative_shift());
        }
        let all_gone = match n.to_i64() {
            Some(n) => n as u64 >= self.bit_length(),
            None => true,
        };
        if all_gone {
            return Ok(Int::Small(if self.is_negative() { -1 } else { 0 }));
        }
        let n = n.to_i64().unwrap_or(0) as u64;
        match self {
            Int::Small(a) => Ok(Int::Small(a >> n)),
            Int::Big(b) => {
                let r = if b.is_negative() {
                    // floor(a / 2**n) == -(((-a - 1) >> n) + 1) for negative a.
                    let m: BigInt = (-b) - 1u8;
                    -((m >> n) + 1u8)
                } else {
                    b >> n
                };
                Ok(Int::from_bigint(r))
            }
        }
    }

    /// `a & b` (two's complement, as Python).
    pub fn bitand(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => Int::from_bigint(self.to_bigint() & other.to_bigint()),
        }
    }

    /// `a | b`.
    pub fn bitor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => Int::from_bigint(self.to_bigint() | other.to_bigint()),
        }
    }

    /// `a ^ b`.
    pub fn bitxor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => Int::from_bigint(self.to_bigint() ^ other.to_bigint()),
        }
    }

    /// `~a`, which is `-(a + 1)`.
    pub fn invert(&self) -> Int {
        match self {
            Int::Small(a) => Int::Small(!a),
            Int::Big(b) => Int::from_bigint(-(b + 1u8)),
        }
    }
}

/// `base ** e` in i64, or `None` on overflow.
fn checked_pow_i64(base: i64, mut e: u64) -> Option<i64> {
    let mut result: i64 = 1;
    let mut b = base;
    while e > 0 {
        if e & 1 == 1 {
            result = result.checked_mul(b)?;
        }
        e >>= 1;
        if e > 0 {
            b = b.checked_mul(b)?;
        }
    }
    Some(result)
}

/// The inverse of `a` modulo `m` (`m > 1`, `0 <= a < m`), if `gcd(a, m) == 1`.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let ext = a.extended_gcd(m);
    if !ext.gcd.is_one() {
        // gcd(a, 1) is 1 and every value is its own inverse modulo 1.
        return if m.is_one() {
            Some(BigInt::zero())
        } else {
            None
        };
    }
    Some(ext.x.mod_floor(m))
}
