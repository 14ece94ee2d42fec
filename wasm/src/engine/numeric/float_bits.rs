//! Exact binary helpers shared by int->float conversion, true division and round().

/// Splits a finite, nonzero `x` into `(mantissa, exp2)` with `|x| == mantissa * 2**exp2`.
pub(crate) fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    }
}

/// `2**e` for `-1022 <= e <= 1023`, built from its bit pattern (no rounding can happen).
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// Correctly rounds `(m + t) * 2**exp2` to the nearest f64, ties to even, where `t` is
/// in `(0, 1)` when `sticky` is set and 0 otherwise.
///
/// When `sticky` is set, `m` must carry more bits than the result keeps (callers pass
/// 55+ significant bits), so the sticky part only breaks ties.
/// Returns `None` when the rounded value does not fit an f64 (overflow).
pub(crate) fn round_to_f64(m: u128, exp2: i64, sticky: bool) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let nbits = 128 - i64::from(m.leading_zeros());
    let top = nbits - 1 + exp2;
    if top > 1023 {
        return None;
    }
    // Exponent of the last place kept: 52 bits below the top, but never below 2**-1074.
    let lsb = (top - 52).max(-1074);
    let drop = lsb - exp2;
    let kept: u128 = if drop <= 0 {
        // Exact: every bit fits (shift is small because nbits <= 53 here).
        return Some(scale(m << (-drop) as u32, lsb));
    } else if drop >= 128 {
        // Below half the smallest subnormal, or exactly nothing kept.
        0
    } else {
        let kept = m >> drop;
        let rem = m & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let round_up = rem > half || (rem == half && (sticky || kept & 1 == 1));
        kept + u128::from(round_up)
    };
    if kept >= (1u128 << 53) && lsb + 53 > 1023 {
        return None;
    }
    Some(scale(kept, lsb))
}

/// `k * 2**e` for a `k <= 2**53` whose product is representable exactly.
fn scale(k: u128, e: i64) -> f64 {
    let k = k as f64;
    if e < -1022 {
        // Two exact steps so subnormal results are not rounded twice.
        k * pow2(-1022) * pow2(e + 1022)
    } else if e > 1023 {
        k * pow2(1023) * pow2(e - 1023)
    } else {
        k * pow2(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_ties_to_even_and_detects_overflow() {
        assert_eq!(
            round_to_f64((1 << 54) + 2, 0, false),
            Some(18014398509481984.0)
        );
        assert_eq!(
            round_to_f64((1 << 54) + 6, 0, false),
            Some(18014398509481992.0)
        );
        assert_eq!(
            round_to_f64((1 << 54) + 2, 0, true),
            Some(18014398509481988.0)
        );
        assert_eq!(round_to_f64(1, 1024, false), None);
        assert_eq!(round_to_f64((1 << 53) - 1, 971, false), Some(f64::MAX));
        assert_eq!(round_to_f64((1 << 54) - 1, 970, false), None);
        assert_eq!(round_to_f64(1, -1074, false), Some(5e-324));
        assert_eq!(round_to_f64(1, -1075, false), Some(0.0));
        assert_eq!(round_to_f64(1, -1075, true), Some(5e-324));
        assert_eq!(round_to_f64(3, -1076, false), Some(5e-324));
    }

    #[test]
    fn decompose_is_exact() {
        for x in [1.0, 0.1, 5e-324, f64::MAX, 2.2250738585072014e-308, 3.5] {
            let (m, e) = decompose(x);
            assert_eq!(round_to_f64(u128::from(m), i64::from(e), false), Some(x));
        }
    }
}
