#!/usr/bin/env bash
# What the lexer, parser and highlighter add to a release wasm32 module.
#
#   bash wasm/benches/wasm_size.sh
#
# Builds three tiny cdylibs against this crate (opt-level "z", LTO, one codegen
# unit, panic=abort, stripped) in a temporary folder and prints their sizes:
#   empty   - nothing used
#   shared  - float and big-integer parsing and formatting, which any Python
#             engine links anyway
#   parser  - parse_module and highlight reachable from an export
set -euo pipefail
crate="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
alloc='#[no_mangle] pub extern "C" fn alloc_buf(n: usize) -> *mut u8 { let mut v = Vec::<u8>::with_capacity(n); let p = v.as_mut_ptr(); std::mem::forget(v); p }'
input='let bytes = unsafe { std::slice::from_raw_parts(ptr, len) }; let Ok(src) = std::str::from_utf8(bytes) else { return 0 };'
declare -A body=(
  [empty]="src.len() as u32"
  [shared]='let f: f64 = src.parse().unwrap_or(0.0); let i: i64 = src.parse().unwrap_or(0); let b = num_bigint::BigInt::parse_bytes(src.as_bytes(), 10).is_some(); format!("{} {i} {b} {src}", f.to_bits()).len() as u32'
  [parser]='let spans = threadwise_playground::engine::highlight::highlight(src).len() as u32; match threadwise_playground::engine::parser::parse_module(src) { Ok(m) => m.body.len() as u32 + spans, Err(e) => e.to_string().len() as u32 }'
)
for v in empty shared parser; do
  mkdir -p "$work/$v/src"
  cat > "$work/$v/Cargo.toml" <<TOML
[package]
name = "size_$v"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
[dependencies]
threadwise-playground = { path = "$crate" }
num-bigint = "0.4"
[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"
strip = true
[workspace]
TOML
  echo "$alloc #[no_mangle] pub extern \"C\" fn run(ptr: *const u8, len: usize) -> u32 { $input ${body[$v]} }" > "$work/$v/src/lib.rs"
  (cd "$work/$v" && cargo build --quiet --release --target wasm32-unknown-unknown)
  f="$work/$v/target/wasm32-unknown-unknown/release/size_$v.wasm"
  printf '%-7s %8d bytes  %7d gzipped\n' "$v" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
done
