//! `list.sort` and `sorted`: CPython's timsort, so user `__lt__` methods see
//! the same comparisons in the same order.
//!
//! The algorithm follows the description in CPython's `listsort.txt`: natural
//! runs extended to `minrun` by binary insertion, merged under the stack
//! invariants with galloping.

use crate::engine::flow::PyResult;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

const MIN_GALLOP: usize = 7;

/// Sorts `keys` (and `vals` alongside) in place, stably, by `<`.
pub fn timsort(vm: &mut Vm, keys: &mut Vec<Value>, vals: &mut Vec<Value>) -> PyResult<()> {
    let n = keys.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = Sorter {
        vm,
        keys,
        vals,
        runs: Vec::new(),
        min_gallop: MIN_GALLOP,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let (mut run, descending) = s.count_run(lo, n)?;
        if descending {
            s.keys[lo..lo + run].reverse();
            s.vals[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = minrun.min(n - lo);
            s.binary_sort(lo, lo + force, lo + run)?;
            run = force;
        }
        s.runs.push((lo, run));
        s.merge_collapse()?;
        lo += run;
    }
    s.merge_force_collapse()?;
    Ok(())
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

struct Sorter<'a> {
    vm: &'a mut Vm,
    keys: &'a mut Vec<Value>,
    vals: &'a mut Vec<Value>,
    runs: Vec<(usize, usize)>,
    min_gallop: usize,
}

impl Sorter<'_> {
    fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.vm.less_than(a, b)
    }

    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut i = lo + 1;
        let (a, b) = (self.keys[i].clone(), self.keys[i - 1].clone());
        if self.lt(&a, &b)? {
            i += 1;
            while i < hi {
                let (a, b) = (self.keys[i].clone(), self.keys[i - 1].clone());
                if !self.lt(&a, &b)? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi {
                let (a, b) = (self.keys[i].clone(), self.keys[i - 1].clone());
                if self.lt(&a, &b)? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion of `[start, hi)` into the sorted `[lo, start)`.
    fn binary_sort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let mut start = if start == lo { lo + 1 } else { start };
        while start < hi {
            let pivot = self.keys[start].clone();
            let pval = self.vals[start].clone();
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                let pk = self.keys[p].clone();
                if self.lt(&pivot, &pk)? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            let mut k = start;
            while k > l {
                self.keys[k] = self.keys[k - 1].clone();
                self.vals[k] = self.vals[k - 1].clone();
                k -= 1;
            }
            self.keys[l] = pivot;
            self.vals[l] = pval;
            start += 1;
        }
        Ok(())
    }

    fn merge_collapse(&mut self) -> PyResult<()> {
        while self.runs.len() > 1 {
            let n = self.runs.len() - 2;
            let len = |i: usize, s: &Sorter| s.runs[i].1;
            if (n > 0 && len(n - 1, self) <= len(n, self) + len(n + 1, self))
                || (n > 1 && len(n - 2, self) <= len(n - 1, self) + len(n, self))
            {
                let m = if len(n - 1, self) < len(n + 1, self) {
                    n - 1
                } else {
                    n
                };
                self.merge_at(m)?;
            } else if len(n, self) <= len(n + 1, self) {
                self.merge_at(n)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    fn merge_force_collapse(&mut self) -> PyResult<()> {
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if n > 0 && self.runs[n - 1].1 < self.runs[n + 1].1 {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merges runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let (base_a, mut na) = self.runs[i];
        let (base_b, mut nb) = self.runs[i + 1];
        self.runs[i] = (base_a, na + nb);
        self.runs.remove(i + 1);
        // Where does b[0] go in a? Elements of a before that are already in place.
        let key = self.keys[base_b].clone();
        let k = self.gallop_right(&key, base_a, na, 0)?;
        let base_a = base_a + k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a[-1] go in b? Elements of b after that are already in place.
        let key = self.keys[base_a + na - 1].clone();
        nb = self.gallop_left(&key, base_b, nb, nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, base_b, nb)
        } else {
            self.merge_hi(base_a, na, base_b, nb)
        }
    }

    /// Leftmost position in `[base, base+n)` to insert `key` (CPython's gallop_left).
    fn gallop_left(&mut self, key: &Value, base: usize, n: usize, hint: usize) -> PyResult<usize> {
        let a = |s: &Sorter, i: usize| s.keys[base + i].clone();
        let hv = a(self, hint);
        let (mut lo, mut hi);
        if self.lt(&hv, key)? {
            let maxofs = n - hint;
            let mut lastofs = 0;
            let mut ofs = 1;
            while ofs < maxofs {
                let v = a(self, hint + ofs);
                if self.lt(&v, key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lo = hint + lastofs + 1;
            hi = hint + ofs;
        } else {
            let maxofs = hint + 1;
            let mut lastofs = 0;
            let mut ofs = 1;
            while ofs < maxofs {
                let v = a(self, hint - ofs);
                if self.lt(&v, key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lo = hint + 1 - ofs;
            hi = hint - lastofs;
        }
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            let v = a(self, m);
            if self.lt(&v, key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// Rightmost position in `[base, base+n)` to insert `key` (CPython's gallop_right).
    fn gallop_right(&mut self, key: &Value, base: usize, n: usize, hint: usize) -> PyResult<usize> {
        let a = |s: &Sorter, i: usize| s.keys[base + i].clone();
        let hv = a(self, hint);
        let (mut lo, mut hi);
        if self.lt(key, &hv)? {
            let maxofs = hint + 1;
            let mut lastofs = 0;
            let mut ofs = 1;
            while ofs < maxofs {
                let v = a(self, hint - ofs);
                if self.lt(key, &v)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lo = hint + 1 - ofs;
            hi = hint - lastofs;
        } else {
            let maxofs = n - hint;
            let mut lastofs = 0;
            let mut ofs = 1;
            while ofs < maxofs {
                let v = a(self, hint + ofs);
                if self.lt(key, &v)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lo = hint + lastofs + 1;
            hi = hint + ofs;
        }
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            let v = a(self, m);
            if self.lt(key, &v)? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }

    /// Merges `a` (shorter or equal) and `b`, copying `a` aside.
    fn merge_lo(&mut self, base_a: usize, na: usize, base_b: usize, nb: usize) -> PyResult<()> {
        let tmp_k: Vec<Value> = self.keys[base_a..base_a + na].to_vec();
        let tmp_v: Vec<Value> = self.vals[base_a..base_a + na].to_vec();
        let (mut ia, mut ib, mut dest) = (0usize, base_b, base_a);
        let end_b = base_b + nb;
        let mut min_gallop = self.min_gallop;
        'outer: while ia < na && ib < end_b {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                let (bk, ak) = (self.keys[ib].clone(), tmp_k[ia].clone());
                if self.lt(&bk, &ak)? {
                    self.keys[dest] = bk;
                    self.vals[dest] = self.vals[ib].clone();
                    dest += 1;
                    ib += 1;
                    bcount += 1;
                    acount = 0;
                    if ib == end_b {
                        break 'outer;
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    self.keys[dest] = ak;
                    self.vals[dest] = tmp_v[ia].clone();
                    dest += 1;
                    ia += 1;
                    acount += 1;
                    bcount = 0;
                    if ia == na {
                        break 'outer;
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop = min_gallop.saturating_sub(1).max(1);
                // Gallop in a for b[0].
                let bk = self.keys[ib].clone();
                let mut s2 = TempSearch {
                    keys: &tmp_k[ia..na],
                };
                let k = s2.gallop_right(self, &bk)?;
                for _ in 0..k {
                    self.keys[dest] = tmp_k[ia].clone();
                    self.vals[dest] = tmp_v[ia].clone();
                    dest += 1;
                    ia += 1;
                }
                if ia == na {
                    break 'outer;
                }
                self.keys[dest] = self.keys[ib].clone();
                self.vals[dest] = self.vals[ib].clone();
                dest += 1;
                ib += 1;
                if ib == end_b {
                    break 'outer;
                }
                // Gallop in b for a[0].
                let ak = tmp_k[ia].clone();
                let k2 = self.gallop_left(&ak, ib, end_b - ib, 0)?;
                for _ in 0..k2 {
                    self.keys[dest] = self.keys[ib].clone();
                    self.vals[dest] = self.vals[ib].clone();
                    dest += 1;
                    ib += 1;
                }
                if ib == end_b {
                    break 'outer;
                }
                self.keys[dest] = tmp_k[ia].clone();
                self.vals[dest] = tmp_v[ia].clone();
                dest += 1;
                ia += 1;
                if ia == na {
                    break 'outer;
                }
                if k < MIN_GALLOP && k2 < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
        }
        self.min_gallop = min_gallop.max(1);
        while ia < na {
            self.keys[dest] = tmp_k[ia].clone();
            self.vals[dest] = tmp_v[ia].clone();
            dest += 1;
            ia += 1;
        }
        Ok(())
    }

    /// Merges `a` and `b` (shorter), copying `b` aside and filling from the right.
    fn merge_hi(&mut self, base_a: usize, na: usize, base_b: usize, nb: usize) -> PyResult<()> {
        let tmp_k: Vec<Value> = self.keys[base_b..base_b + nb].to_vec();
        let tmp_v: Vec<Value> = self.vals[base_b..base_b + nb].to_vec();
        // Indices one past the current element, so 0 means exhausted.
        let (mut ia, mut ib, mut dest) = (base_a + na, nb, base_b + nb);
        let mut min_gallop = self.min_gallop;
        'outer: while ia > base_a && ib > 0 {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                let (bk, ak) = (tmp_k[ib - 1].clone(), self.keys[ia - 1].clone());
                if self.lt(&bk, &ak)? {
                    dest -= 1;
                    ia -= 1;
                    self.keys[dest] = ak;
                    self.vals[dest] = self.vals[ia].clone();
                    acount += 1;
                    bcount = 0;
                    if ia == base_a {
                        break 'outer;
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    dest -= 1;
                    ib -= 1;
                    self.keys[dest] = bk;
                    self.vals[dest] = tmp_v[ib].clone();
                    bcount += 1;
                    acount = 0;
                    if ib == 0 {
                        break 'outer;
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop = min_gallop.saturating_sub(1).max(1);
                let bk = tmp_k[ib - 1].clone();
                let n_a = ia - base_a;
                let pos = self.gallop_right(&bk, base_a, n_a, n_a - 1)?;
                let k = n_a - pos;
                for _ in 0..k {
                    dest -= 1;
                    ia -= 1;
                    self.keys[dest] = self.keys[ia].clone();
                    self.vals[dest] = self.vals[ia].clone();
                }
                if ia == base_a {
                    break 'outer;
                }
                dest -= 1;
                ib -= 1;
                self.keys[dest] = tmp_k[ib].clone();
                self.vals[dest] = tmp_v[ib].clone();
                if ib == 0 {
                    break 'outer;
                }
                let ak = self.keys[ia - 1].clone();
                let mut s2 = TempSearch { keys: &tmp_k[..ib] };
                let pos2 = s2.gallop_left(self, &ak, ib - 1)?;
                let k2 = ib - pos2;
                for _ in 0..k2 {
                    dest -= 1;
                    ib -= 1;
                    self.keys[dest] = tmp_k[ib].clone();
                    self.vals[dest] = tmp_v[ib].clone();
                }
                if ib == 0 {
                    break 'outer;
                }
                dest -= 1;
                ia -= 1;
                self.keys[dest] = self.keys[ia].clone();
                self.vals[dest] = self.vals[ia].clone();
                if ia == base_a {
                    break 'outer;
                }
                if k < MIN_GALLOP && k2 < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
        }
        self.min_gallop = min_gallop.max(1);
        while ib > 0 {
            dest -= 1;
            ib -= 1;
            self.keys[dest] = tmp_k[ib].clone();
            self.vals[dest] = tmp_v[ib].clone();
        }
        Ok(())
    }
}

/// Galloping searches over a copied-aside run.
struct TempSearch<'a> {
    keys: &'a [Value],
}

impl TempSearch<'_> {
    fn gallop_right(&mut self, s: &mut Sorter, key: &Value) -> PyResult<usize> {
        // Hint 0: search from the left.
        let n = self.keys.len();
        let mut lastofs = 0usize;
        let mut ofs = 1usize;
        if s.lt(key, &self.keys[0])? {
            return Ok(0);
        }
        while ofs < n {
            if s.lt(key, &self.keys[ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > n {
            ofs = n;
        }
        let (mut lo, mut hi) = (lastofs + 1, ofs);
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if s.lt(key, &self.keys[m])? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }

    fn gallop_left(&mut self, s: &mut Sorter, key: &Value, hint: usize) -> PyResult<usize> {
        let (mut lo, mut hi);
        if s.lt(&self.keys[hint], key)? {
            let maxofs = self.keys.len() - hint;
            let mut lastofs = 0;
            let mut ofs = 1;
            while ofs < maxofs {
                if s.lt(&self.keys[hint + ofs], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lo = hint + lastofs + 1;
            hi = hint + ofs;
        } else {
            let maxofs = hint + 1;
            let mut lastofs = 0;
            let mut ofs = 1;
            while ofs < maxofs {
                if s.lt(&self.keys[hint - ofs], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lo = hint + 1 - ofs;
            hi = hint - lastofs;
        }
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if s.lt(&self.keys[m], key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }
}
