//! Stepping the `itertools` iterators that may run Python code (predicates, key
//! functions, source iterators). Each step copies what it needs out of the state,
//! runs the Python code with no borrow held, then writes the new state back.

use std::cell::RefCell;

use crate::engine::bytecode::BinOpKind;
use crate::engine::flow::PyResult;
use crate::engine::objects::iter::{Combinatoric, IterState, ToolState};
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// Runs `f` on the tool state in `cell`, if it still holds one.
fn with_tool<R>(cell: &RefCell<IterState>, f: impl FnOnce(&mut ToolState) -> R) -> Option<R> {
    match &mut *cell.borrow_mut() {
        IterState::Tool(t) => Some(f(t)),
        _ => None,
    }
}

impl Vm {
    /// `repr()` of a built-in iterator: `count` and `repeat` show their state, the
    /// others the default `<itertools.chain object at ...>`.
    pub fn iter_repr(&mut self, v: &Value, cell: &RefCell<IterState>) -> PyResult<String> {
        let unbool = |x: &Value| match x {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        };
        let shown = match &*cell.borrow() {
            IterState::Count { next, step } => Some((unbool(next), Some(unbool(step)), None)),
            IterState::Repeat { value, left } => Some((value.clone(), None, *left)),
            _ => None,
        };
        Ok(match shown {
            Some((next, Some(step), _)) => {
                let first = self.repr(&next)?;
                if matches!(step, Value::Int(1)) {
                    format!("count({first})")
                } else {
                    format!("count({first}, {})", self.repr(&step)?)
                }
            }
            Some((value, None, left)) => {
                let r = self.repr(&value)?;
                match left {
                    Some(n) => format!("repeat({r}, {n})"),
                    None => format!("repeat({r})"),
                }
            }
            None => self.default_repr(v),
        })
    }

    /// `next()` of an itertools iterator held in `cell`.
    pub fn tool_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let kind = match &*cell.borrow() {
            IterState::Tool(t) => ToolKind::of(t),
            _ => return Ok(None),
        };
        match kind {
            ToolKind::Accumulate => self.accumulate_next(cell),
            ToolKind::Compress => self.compress_next(cell),
            ToolKind::DropWhile => self.dropwhile_next(cell),
            ToolKind::TakeWhile => self.takewhile_next(cell),
            ToolKind::FilterFalse => self.filterfalse_next(cell),
            ToolKind::StarMap => self.starmap_next(cell),
            ToolKind::Pairwise => self.pairwise_next(cell),
            ToolKind::ZipLongest => self.zip_longest_next(cell),
            ToolKind::Combinatoric => self.combinatoric_next(cell),
            ToolKind::GroupBy => self.groupby_next(cell),
            ToolKind::Grouper => self.grouper_next(cell),
            ToolKind::Tee => self.tee_next(cell),
        }
    }

    fn accumulate_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((iter, func, total, initial)) = with_tool(cell, |t| match t {
            ToolState::Accumulate {
                iter,
                func,
                total,
                initial,
            } => {
                let init = initial.take();
                if let Some(i) = &init {
                    *total = Some(i.clone());
                }
                Some((iter.clone(), func.clone(), total.clone(), init))
            }
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        if initial.is_some() {
            return Ok(initial);
        }
        let Some(v) = self.iter_next(&iter)? else {
            return Ok(None);
        };
        let new = match total {
            None => v,
            Some(t) if func.is_none() => self.binary_op(BinOpKind::Add, &t, &v, false)?,
            Some(t) => self.call(&func, &[t, v])?,
        };
        with_tool(cell, |t| {
            if let ToolState::Accumulate { total, .. } = t {
                *total = Some(new.clone());
            }
        });
        Ok(Some(new))
    }

    fn compress_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((data, selectors)) = with_tool(cell, |t| match t {
            ToolState::Compress { data, selectors } => Some((data.clone(), selectors.clone())),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        loop {
            let Some(d) = self.iter_next(&data)? else {
                return Ok(None);
            };
            let Some(s) = self.iter_next(&selectors)? else {
                return Ok(None);
            };
            if self.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }

    fn dropwhile_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((pred, iter, dropping)) = with_tool(cell, |t| match t {
            ToolState::DropWhile {
                pred,
                iter,
                dropping,
            } => Some((pred.clone(), iter.clone(), *dropping)),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        loop {
            let Some(v) = self.iter_next(&iter)? else {
                return Ok(None);
            };
            if !dropping {
                return Ok(Some(v));
            }
            let r = self.call(&pred, std::slice::from_ref(&v))?;
            if !self.truthy(&r)? {
                with_tool(cell, |t| {
                    if let ToolState::DropWhile { dropping, .. } = t {
                        *dropping = false;
                    }
                });
                return Ok(Some(v));
            }
        }
    }

    fn takewhile_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((pred, iter)) = with_tool(cell, |t| match t {
            ToolState::TakeWhile {
                pred,
                iter,
                done: false,
            } => Some((pred.clone(), iter.clone())),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        let Some(v) = self.iter_next(&iter)? else {
            return Ok(None);
        };
        let r = self.call(&pred, std::slice::from_ref(&v))?;
        if self.truthy(&r)? {
            return Ok(Some(v));
        }
        with_tool(cell, |t| {
            if let ToolState::TakeWhile { done, .. } = t {
                *done = true;
            }
        });
        Ok(None)
    }

    fn filterfalse_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((pred, iter)) = with_tool(cell, |t| match t {
            ToolState::FilterFalse { pred, iter } => Some((pred.clone(), iter.clone())),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        loop {
            let Some(v) = self.iter_next(&iter)? else {
                return Ok(None);
            };
            let keep = if pred.is_none() {
                !self.truthy(&v)?
            } else {
                let r = self.call(&pred, std::slice::from_ref(&v))?;
                !self.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
    }

    fn starmap_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((func, iter)) = with_tool(cell, |t| match t {
            ToolState::StarMap { func, iter } => Some((func.clone(), iter.clone())),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        let Some(args) = self.iter_next(&iter)? else {
            return Ok(None);
        };
        let args = self.collect(&args)?;
        self.call(&func, &args).map(Some)
    }

    fn pairwise_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((iter, old)) = with_tool(cell, |t| match t {
            ToolState::Pairwise { iter, old } => Some((iter.clone(), old.clone())),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        let old = match old {
            Some(o) => o,
            None => match self.iter_next(&iter)? {
                Some(o) => o,
                None => return Ok(None),
            },
        };
        let new = self.iter_next(&iter)?;
        with_tool(cell, |t| {
            if let ToolState::Pairwise { old: slot, .. } = t {
                *slot = new.clone();
            }
        });
        Ok(new.map(|n| Value::tuple(vec![old, n])))
    }

    fn zip_longest_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((iters, mut active, fill)) = with_tool(cell, |t| match t {
            ToolState::ZipLongest {
                iters,
                active,
                fill,
            } => Some((iters.clone(), *active, fill.clone())),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        if iters.is_empty() || active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(iters.len());
        let mut finished = Vec::new();
        for (i, it) in iters.iter().enumerate() {
            let Some(it) = it else {
                out.push(fill.clone());
                continue;
            };
            match self.iter_next(it)? {
                Some(v) => out.push(v),
                None => {
                    active -= 1;
                    finished.push(i);
                    if active == 0 {
                        break;
                    }
                    out.push(fill.clone());
                }
            }
        }
        with_tool(cell, |t| {
            if let ToolState::ZipLongest {
                iters, active: a, ..
            } = t
            {
                *a = active;
                for i in &finished {
                    if let Some(slot) = iters.get_mut(*i) {
                        *slot = None;
                    }
                }
            }
        });
        if active == 0 {
            return Ok(None);
        }
        Ok(Some(Value::tuple(out)))
    }

    fn combinatoric_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let r = with_tool(cell, |t| match t {
            ToolState::Combinatoric {
                kind,
                pools,
                indices,
                cycles,
                r,
                done,
            } => {
                if *done {
                    return None;
                }
                let more = advance(*kind, pools, indices, cycles, *r);
                if !more {
                    *done = true;
                    return None;
                }
                let idx = indices.as_deref().unwrap_or(&[]);
                Some(match kind {
                    Combinatoric::Product => idx
                        .iter()
                        .zip(pools.iter())
                        .filter_map(|(i, p)| p.get(*i).cloned())
                        .collect::<Vec<Value>>(),
                    _ => {
                        let pool = pools.first().map(Vec::as_slice).unwrap_or(&[]);
                        idx.iter()
                            .take(*r)
                            .filter_map(|i| pool.get(*i).cloned())
                            .collect()
                    }
                })
            }
            _ => None,
        })
        .flatten();
        match r {
            Some(items) => {
                self.charge(items.len() as u64 + 1)?;
                Ok(Some(Value::tuple(items)))
            }
            None => Ok(None),
        }
    }

    fn groupby_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some(shared) = with_tool(cell, |t| match t {
            ToolState::GroupBy(s) => Some(s.clone()),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        {
            let mut s = shared.borrow_mut();
            s.group = s.group.wrapping_add(1);
        }
        // Skip the rest of the current group.
        loop {
            let (tgt, cur) = {
                let s = shared.borrow();
                (s.tgtkey.clone(), s.currkey.clone())
            };
            match (tgt, cur) {
                (_, None) => {}
                (None, Some(_)) => break,
                (Some(t), Some(c)) => {
                    if !self.eq(&t, &c)? {
                        break;
                    }
                }
            }
            if !self.groupby_step(&shared)? {
                return Ok(None);
            }
        }
        let (key, group) = {
            let mut s = shared.borrow_mut();
            s.tgtkey = s.currkey.clone();
            (s.currkey.clone().unwrap_or(Value::None), s.group)
        };
        let grouper =
            crate::engine::vm::iteration::iter_value(IterState::Tool(ToolState::Grouper {
                shared,
                key: key.clone(),
                group,
            }));
        Ok(Some(Value::tuple(vec![key, grouper])))
    }

    /// Reads the next item and its key into the groupby state; false at the end.
    fn groupby_step(
        &mut self,
        shared: &std::rc::Rc<RefCell<crate::engine::objects::iter::GroupByShared>>,
    ) -> PyResult<bool> {
        let (iter, key) = {
            let s = shared.borrow();
            (s.iter.clone(), s.key.clone())
        };
        let Some(v) = self.iter_next(&iter)? else {
            return Ok(false);
        };
        let k = if key.is_none() {
            v.clone()
        } else {
            self.call(&key, std::slice::from_ref(&v))?
        };
        let mut s = shared.borrow_mut();
        s.currvalue = Some(v);
        s.currkey = Some(k);
        Ok(true)
    }

    fn grouper_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((shared, key, group)) = with_tool(cell, |t| match t {
            ToolState::Grouper { shared, key, group } => {
                Some((shared.clone(), key.clone(), *group))
            }
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        if shared.borrow().group != group {
            return Ok(None);
        }
        let empty = shared.borrow().currvalue.is_none();
        if empty && !self.groupby_step(&shared)? {
            return Ok(None);
        }
        let cur = shared.borrow().currkey.clone().unwrap_or(Value::None);
        if !self.eq(&key, &cur)? {
            return Ok(None);
        }
        let v = shared.borrow_mut().currvalue.take();
        Ok(v)
    }

    fn tee_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let Some((shared, slot)) = with_tool(cell, |t| match t {
            ToolState::Tee { shared, slot } => Some((shared.clone(), *slot)),
            _ => None,
        })
        .flatten() else {
            return Ok(None);
        };
        let (pos, buffered, iter) = {
            let s = shared.borrow();
            let pos = s.positions.get(slot).copied().unwrap_or(0);
            (
                pos,
                s.buf.get(pos.wrapping_sub(s.base)).cloned(),
                s.iter.clone(),
            )
        };
        let v = match buffered {
            Some(v) => v,
            None => {
                let Some(v) = self.iter_next(&iter)? else {
                    return Ok(None);
                };
                let mut s = shared.borrow_mut();
                // Another copy may have read ahead meanwhile (re-entrant next()).
                let end = s.base + s.buf.len();
                if end == pos {
                    s.buf.push_back(v.clone());
                }
                v
            }
        };
        let mut s = shared.borrow_mut();
        if let Some(p) = s.positions.get_mut(slot) {
            *p = pos + 1;
        }
        let low = s.positions.iter().copied().min().unwrap_or(0);
        while s.base < low && !s.buf.is_empty() {
            s.buf.pop_front();
            s.base += 1;
        }
        Ok(Some(v))
    }
}

/// Moves the indices of a combinatoric iterator to its next result; false when done.
fn advance(
    kind: Combinatoric,
    pools: &[Vec<Value>],
    indices: &mut Option<Vec<usize>>,
    cycles: &mut Vec<usize>,
    r: usize,
) -> bool {
    let n = pools.first().map_or(0, Vec::len);
    let Some(idx) = indices else {
        // The first result.
        let start = match kind {
            Combinatoric::Product => {
                if pools.iter().any(Vec::is_empty) {
                    return false;
                }
                vec![0; pools.len()]
            }
            Combinatoric::Permutations => {
                if r > n {
                    return false;
                }
                *cycles = (0..r).map(|i| n - i).collect();
                (0..n).collect()
            }
            Combinatoric::Combinations => {
                if r > n {
                    return false;
                }
                (0..r).collect()
            }
            Combinatoric::CombinationsWithReplacement => {
                if n == 0 && r > 0 {
                    return false;
                }
                vec![0; r]
            }
        };
        *indices = Some(start);
        return true;
    };
    match kind {
        Combinatoric::Product => {
            for i in (0..idx.len()).rev() {
                idx[i] += 1;
                if idx[i] < pools[i].len() {
                    return true;
                }
                idx[i] = 0;
            }
            false
        }
        Combinatoric::Permutations => {
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    idx[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    idx.swap(i, n - j);
                    return true;
                }
            }
            false
        }
        Combinatoric::Combinations => {
            let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                return false;
            };
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
            true
        }
        Combinatoric::CombinationsWithReplacement => {
            let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                return false;
            };
            let v = idx[i] + 1;
            for slot in idx[i..].iter_mut() {
                *slot = v;
            }
            true
        }
    }
}

/// Which stepping routine a tool state needs.
enum ToolKind {
    Accumulate,
    Compress,
    DropWhile,
    TakeWhile,
    FilterFalse,
    StarMap,
    Pairwise,
    ZipLongest,
    Combinatoric,
    GroupBy,
    Grouper,
    Tee,
}

impl ToolKind {
    fn of(t: &ToolState) -> ToolKind {
        match t {
            ToolState::Accumulate { .. } => ToolKind::Accumulate,
            ToolState::Compress { .. } => ToolKind::Compress,
            ToolState::DropWhile { .. } => ToolKind::DropWhile,
            ToolState::TakeWhile { .. } => ToolKind::TakeWhile,
            ToolState::FilterFalse { .. } => ToolKind::FilterFalse,
            ToolState::StarMap { .. } => ToolKind::StarMap,
            ToolState::Pairwise { .. } => ToolKind::Pairwise,
            ToolState::ZipLongest { .. } => ToolKind::ZipLongest,
            ToolState::Combinatoric { .. } => ToolKind::Combinatoric,
            ToolState::GroupBy(_) => ToolKind::GroupBy,
            ToolState::Grouper { .. } => ToolKind::Grouper,
            ToolState::Tee { .. } => ToolKind::Tee,
        }
    }
}
