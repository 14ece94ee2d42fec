//! Binary operators of objects whose class a native module defines (`deque`,
//! `random.Random`, ...): `+`, `*`, `+=` find the special methods in that class;
//! the other protocols use `Vm::native_method` directly.

use crate::engine::bytecode::BinOpKind;
use crate::engine::flow::PyResult;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

impl Vm {
    /// True for objects whose class a native module defines.
    pub fn is_native_object(v: &Value) -> bool {
        matches!(v, Value::Object(o) if o.native_class().is_some())
    }

    /// `v.name(*args)` when `v`'s native class defines `name`.
    pub fn call_native_dunder(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = self.native_method(v, name) else {
            return Ok(None);
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v.clone());
        all.extend_from_slice(args);
        self.call(&f, &all).map(Some)
    }

    /// `a op b` through native special methods: forward, then reflected; `None` when
    /// neither side handles it.
    pub fn native_binop(&mut self, k: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (op, rop, _) = k.dunders();
        if let Some(r) = self.call_native_dunder(a, op, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.call_native_dunder(b, rop, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `a op= b` through a native `__iop__`.
    pub fn native_inplace(
        &mut self,
        k: BinOpKind,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let (_, _, iop) = k.dunders();
        match self.call_native_dunder(a, iop, std::slice::from_ref(b))? {
            Some(Value::NotImplemented) | None => Ok(None),
            Some(r) => Ok(Some(r)),
        }
    }
}
