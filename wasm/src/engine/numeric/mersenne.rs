//! MT19937 exactly as CPython's `random` module drives it: seeding from ints, floats,
//! str and bytes (version 2), `random()`, `getrandbits()` and `_randbelow()`.

use super::error::{NumError, NumResult};
use super::hash::hash_float;
use super::int::{Int, MAX_INT_BITS};
use num_bigint::{BigUint, Sign};
use sha2::{Digest, Sha512};

/// Number of 32-bit words of state.
pub const N: usize = 624;
const M: usize = 397;

/// A Mersenne Twister generator with CPython's seeding and output conversions.
#[derive(Clone)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl std::fmt::Debug for Mt19937 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mt19937")
            .field("index", &self.index)
            .finish()
    }
}

impl Mt19937 {
    /// A generator seeded with `key` words, as CPython seeds from an int's 32-bit
    /// digits (least significant first). The VM seeds `seed(None)` this way from
    /// whatever entropy it has.
    pub fn from_words(key: &[u32]) -> Mt19937 {
        let mut g = Mt19937 {
            state: [0; N],
            index: N,
        };
        g.seed_words(key);
        g
    }

    /// `Random(n)` for an int seed (CPython uses `abs(n)`).
    pub fn from_int(n: &Int) -> Mt19937 {
        let mut g = Mt19937::from_words(&[0]);
        g.seed_int(n);
        g
    }

    /// The state words and the position in them, as `getstate()` shows them.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// A generator in a state from [`Self::state`]; `None` when the position is past the end.
    pub fn from_state(words: [u32; N], index: usize) -> Option<Mt19937> {
        (index <= N).then_some(Mt19937 {
            state: words,
            index,
        })
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// The reference `init_by_array`.
    pub fn seed_words(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// `seed(n)` for an int: the 32-bit words of `abs(n)`.
    pub fn seed_int(&mut self, n: &Int) {
        let mag = n.abs().to_bigint();
        let words = mag.magnitude().to_u32_digits();
        self.seed_words(&words);
    }

    /// `seed(x)` for a float: `hash(x)` reinterpreted as unsigned, as CPython's C
    /// seeding does (so `seed(3.0) == seed(3)` but `seed(-1.0) == seed(2**64 - 2)`).
    /// NaN hashes by identity in CPython; the VM passes that hash to [`Self::seed_hash`].
    pub fn seed_float(&mut self, x: f64) {
        self.seed_hash(hash_float(x).unwrap_or(0));
    }

    /// Seeds from an object hash (CPython's fallback for non-int seeds).
    pub fn seed_hash(&mut self, hash: i64) {
        // As an unsigned int: its 32-bit words without high zero words.
        self.seed_int(&Int::from(hash as u64));
    }

    /// `seed(b)` for bytes or bytearray, version 2: the bytes followed by their SHA-512
    /// digest, read as one big-endian integer.
    pub fn seed_bytes(&mut self, b: &[u8]) {
        let mut all = b.to_vec();
        all.extend_from_slice(&Sha512::digest(b));
        let n = BigUint::from_bytes_be(&all);
        let words = n.to_u32_digits();
        self.seed_words(&words);
    }

    /// `seed(s)` for a str, version 2: `seed(s.encode())`.
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    fn refill(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        for k in 0..N {
            let y = (self.state[k] & UPPER) | (self.state[(k + 1) % N] & LOWER);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next raw 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.refill();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: k random bits, filled 32 at a time from the least significant
    /// word, the last word keeping its top bits.
    pub fn getrandbits(&mut self, k: &Int) -> NumResult<Int> {
        if k.is_negative() {
            return Err(NumError::value("number of bits must be non-negative"));
        }
        match k.to_i64() {
            Some(k) if k as u64 <= MAX_INT_BITS => Ok(self.getrandbits_u64(k as u64)),
            _ => Err(NumError::memory()),
        }
    }

    fn getrandbits_u64(&mut self, k: u64) -> Int {
        if k == 0 {
            return Int::ZERO;
        }
        if k <= 32 {
            return Int::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        Int::from_bigint(num_bigint::BigInt::from_slice(Sign::Plus, &out))
    }

    /// `_randbelow(n)`: uniform in `[0, n)` by rejection on `n.bit_length()` bits.
    /// CPython never calls it with `n <= 0` (it would loop forever); this returns 0.
    pub fn randbelow(&mut self, n: &Int) -> Int {
        if !n.is_negative() && !n.is_zero() {
            let k = n.bit_length();
            if let Int::Small(limit) = n {
                loop {
                    let r = self.randbits_small(k);
                    if r < *limit {
                        return Int::Small(r);
                    }
                }
            }
            loop {
                let r = self.getrandbits_u64(k);
                if &r < n {
                    return r;
                }
            }
        }
        Int::ZERO
    }

    /// `getrandbits(k)` for `k <= 63`, unboxed.
    fn randbits_small(&mut self, k: u64) -> i64 {
        if k <= 32 {
            return if k == 0 {
                0
            } else {
                i64::from(self.next_u32() >> (32 - k))
            };
        }
        let low = u64::from(self.next_u32());
        let high = u64::from(self.next_u32() >> (64 - k));
        ((high << 32) | low) as i64
    }

    /// `_randbelow(n)` for a length.
    pub fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow(&Int::from(n)).to_usize().unwrap_or(0)
    }
}
