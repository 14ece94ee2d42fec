//! The Python-level algorithms of CPython 3.11's `random.Random`, built on
//! [`Mt19937`]: randrange, randint, choice, shuffle, sample, choices, uniform.
//! They consume the generator exactly as `random.py` does, so sequences match.
//!
//! Argument conversion is the VM's: `randrange(3.0)` (deprecated, accepted when
//! integral) and "non-integer arg 1 for randrange()" happen before these are called.

use super::error::{NumError, NumResult};
use super::int::Int;
use super::mersenne::Mt19937;
use std::collections::HashSet;

/// Samples larger than this raise `MemoryError` rather than allocate the result list.
const MAX_SAMPLE: u64 = 1 << 26;

fn empty_range() -> NumError {
    NumError::value("empty range for randrange()")
}

impl Mt19937 {
    /// `randrange(start, stop, step)`; `stop = None` is the one-argument form
    /// `randrange(start)`; the VM raises "Missing a non-None stop argument" first when a
    /// step other than the int 1 was passed with no stop.
    pub fn randrange(&mut self, start: &Int, stop: Option<&Int>, step: &Int) -> NumResult<Int> {
        let Some(stop) = stop else {
            if start.signum() > 0 {
                return Ok(self.randbelow(start));
            }
            return Err(empty_range());
        };
        let width = stop.sub(start);
        if *step == Int::ONE {
            if width.signum() > 0 {
                return Ok(start.add(&self.randbelow(&width)));
            }
            return Err(NumError::value(format!(
                "empty range for randrange() ({}, {}, {})",
                start, stop, width
            )));
        }
        let n = match step.signum() {
            1 => width.add(step).sub(&Int::ONE).floor_div(step)?,
            -1 => width.add(step).add(&Int::ONE).floor_div(step)?,
            _ => return Err(NumError::value("zero step for randrange()")),
        };
        if n.signum() <= 0 {
            return Err(empty_range());
        }
        let r = self.randbelow(&n);
        Ok(start.add(&step.mul(&r)?))
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &Int, b: &Int) -> NumResult<Int> {
        self.randrange(a, Some(&b.add(&Int::ONE)), &Int::ONE)
    }

    /// `choice(seq)` for a sequence of length `len`: the index to take.
    pub fn choice_index(&mut self, len: usize) -> NumResult<usize> {
        if len == 0 {
            return Err(NumError::new(
                super::error::NumErrorKind::IndexError,
                "Cannot choose from an empty sequence",
            ));
        }
        Ok(self.randbelow_usize(len))
    }

    /// `shuffle(x)` in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_usize(i + 1);
            items.swap(i, j);
        }
    }

    /// `sample(population, k)` for a population of `n` items: the indices chosen, in
    /// order. Uses CPython's two strategies (a pool for small populations, a set of
    /// picks for large ones) so the draws match.
    pub fn sample_indices(&mut self, n: u64, k: &Int) -> NumResult<Vec<u64>> {
        let k = match k.to_i64() {
            Some(k) if k >= 0 && (k as u64) <= n => k as u64,
            _ => {
                return Err(NumError::value(
                    "Sample larger than population or is negative",
                ))
            }
        };
        if k > MAX_SAMPLE {
            return Err(NumError::memory());
        }
        let mut setsize: u128 = 21;
        if k > 5 {
            // math.log(k * 3, 4), computed as CPython does: log(x) / log(4).
            let e = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
            setsize += 4u128.saturating_pow(e);
        }
        let mut result = Vec::with_capacity(k as usize);
        if u128::from(n) <= setsize {
            let mut pool: Vec<u64> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow(&Int::from(n - i)).to_i64().unwrap_or(0) as usize;
                result.push(pool[j]);
                pool[j] = pool[(n - i - 1) as usize];
            }
        } else {
            let mut selected = HashSet::new();
            let bound = Int::from(n);
            for _ in 0..k {
                let mut j = self.randbelow(&bound);
                while selected.contains(&j) {
                    j = self.randbelow(&bound);
                }
                selected.insert(j.clone());
                result.push(j.to_i64().unwrap_or(0) as u64);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)`: indices into the population (not into
    /// the expanded multiset). The VM checks that `counts` has the population's length
    /// ("The number of counts does not match the population") and holds ints.
    pub fn sample_counts(&mut self, counts: &[Int], k: &Int) -> NumResult<Vec<usize>> {
        let mut cumulative = Vec::with_capacity(counts.len());
        let mut total = Int::ZERO;
        for c in counts {
            total = total.add(c);
            cumulative.push(total.clone());
        }
        let Some(total) = cumulative.pop() else {
            return Err(NumError::new(
                super::error::NumErrorKind::IndexError,
                "pop from empty list",
            ));
        };
        if total.signum() <= 0 {
            return Err(NumError::value("Total of counts must be greater than zero"));
        }
        let n = total
            .to_i64()
            .map(|t| t as u64)
            .ok_or_else(|| NumError::overflow("Python int too large to convert to C ssize_t"))?;
        let picks = self.sample_indices(n, k)?;
        // bisect_right(cumulative, pick).
        Ok(picks
            .into_iter()
            .map(|s| {
                let s = Int::from(s);
                cumulative.partition_point(|c| *c <= s)
            })
            .collect())
    }

    /// One pick of `choices(population)` without weights: `floor(random() * n)`.
    /// With an empty population CPython still draws, then fails to index it.
    pub fn choices_index(&mut self, n: usize) -> usize {
        (self.random() * n as f64).floor() as usize
    }

    /// One pick of weighted `choices`: `bisect_right(cum_weights, random() * total, 0,
    /// n - 1)`, where `total` comes from [`choices_total`].
    pub fn choices_weighted_index(&mut self, cum_weights: &[f64], total: f64) -> usize {
        let x = self.random() * total;
        let hi = cum_weights.len().saturating_sub(1);
        cum_weights[..hi].partition_point(|&c| c <= x)
    }

    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }
}

/// Validates cumulative weights for `choices` (the VM accumulates the weights with
/// Python addition, then converts each to float) and returns the float total.
pub fn choices_total(cum_weights: &[f64], population_len: usize) -> NumResult<f64> {
    if cum_weights.len() != population_len {
        return Err(NumError::value(
            "The number of weights does not match the population",
        ));
    }
    let total = cum_weights.last().copied().ok_or_else(|| {
        NumError::new(
            super::error::NumErrorKind::IndexError,
            "list index out of range",
        )
    })? + 0.0;
    if total <= 0.0 {
        return Err(NumError::value(
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(NumError::value("Total of weights must be finite"));
    }
    Ok(total)
}
