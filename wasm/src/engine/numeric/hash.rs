//! `hash()` of ints and floats exactly as CPython computes it (modulus 2**61 - 1), so
//! that `1`, `1.0` and `True` hash alike.

use super::float_bits::decompose;
use super::int::Int;
use num_bigint::BigUint;
use num_traits::ToPrimitive;

/// CPython's hash modulus on 64-bit builds: the Mersenne prime 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

/// Applies the sign and CPython's rule that a hash is never -1.
fn finish(magnitude: u64, negative: bool) -> i64 {
    // magnitude < 2**61, so the cast and negation cannot overflow.
    let h = if negative {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int.
pub fn hash_int(n: &Int) -> i64 {
    match n {
        Int::Small(v) => finish(v.unsigned_abs() % HASH_MODULUS, *v < 0),
        Int::Big(b) => {
            let m = b.magnitude() % BigUint::from(HASH_MODULUS);
            finish(m.to_u64().unwrap_or(0), n.is_negative())
        }
    }
}

/// `hash(x)` for a float; `None` for NaN, whose hash CPython 3.10+ takes from the
/// object's identity (the VM supplies that).
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if x == 0.0 {
        return Some(0);
    }
    // x = m * 2**e exactly; 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
    let (m, e) = decompose(x);
    let shift = e.rem_euclid(61) as u32;
    let p = u128::from(HASH_MODULUS);
    let h = ((u128::from(m) % p) << shift) % p;
    Some(finish(h as u64, x < 0.0))
}
