//! Compiles the `wasm/` playground crate for `wasm32-unknown-unknown` and
//! generates its JS bindings, so the `threadwise` binary can embed both and
//! `threadwise build` needs no other tool at run time.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

const WASM_TARGET: &str = "wasm32-unknown-unknown";
const WASM_PROFILE: &str = "wasm-release";
const WASM_LIB: &str = "threadwise_playground";

fn main() {
    if let Err(message) = run() {
        // One line, so the reason is visible at the top of cargo's output.
        eprintln!("error: {message}");
        println!("cargo::error={message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let manifest_dir = PathBuf::from(env_var("CARGO_MANIFEST_DIR")?);
    let out_dir = PathBuf::from(env_var("OUT_DIR")?);
    // The playground's sources and manifest, and the root manifest and lock file
    // (the `wasm-release` profile and dependency versions live there). Not all of
    // `wasm/`: its fuzz corpus changes while fuzzing.
    for path in ["wasm/src", "wasm/Cargo.toml", "Cargo.toml", "Cargo.lock"] {
        println!("cargo::rerun-if-changed={path}");
    }
    println!("cargo::rerun-if-changed=build.rs");

    ensure_wasm_target()?;
    let wasm = compile_wasm(&manifest_dir)?;
    generate_bindings(&wasm, &out_dir)
}

fn env_var(name: &str) -> Result<String, String> {
    env::var(name).map_err(|_| format!("build script: {name} is not set"))
}

/// Fails early with the one command that fixes a missing target, instead of
/// letting the nested cargo print a page of "can't find crate for `core`".
fn ensure_wasm_target() -> Result<(), String> {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let output = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| format!("cannot run {rustc}: {e}"))?;
    let sysroot = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let target_lib = Path::new(&sysroot).join("lib/rustlib").join(WASM_TARGET);
    if target_lib.is_dir() {
        Ok(())
    } else {
        Err(format!(
            "the {WASM_TARGET} target is not installed; run `rustup target add {WASM_TARGET}`"
        ))
    }
}

fn compile_wasm(manifest_dir: &Path) -> Result<PathBuf, String> {
    // Its own fixed target directory: sharing the outer one deadlocks on its
    // lock, and one fixed folder lets debug, test and release builds share a
    // single wasm build.
    let target_dir = manifest_dir.join("target").join("wasm");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut command = Command::new(cargo);
    command
        .current_dir(manifest_dir)
        .args(["build", "--lib", "--package", "threadwise-playground"])
        .args(["--target", WASM_TARGET, "--profile", WASM_PROFILE])
        // The worker fetches standard library sources on demand (see
        // engine/stdlib), so the download carries none of them.
        .arg("--no-default-features")
        .arg("--target-dir")
        .arg(&target_dir);
    clear_leaking_env(&mut command);
    // sha2's loop-based SHA-512 (only `random.seed(str)` hashes, rarely and
    // briefly): 10 KB of unrolled rounds less in every reader's download.
    command.env(
        "CARGO_ENCODED_RUSTFLAGS",
        [
            "--cfg",
            "sha2_backend=\"soft\"",
            "--cfg",
            "sha2_backend_soft=\"compact\"",
        ]
        .join("\x1f"),
    );
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo for the wasm build: {e}"))?;
    if !status.success() {
        return Err(format!("the wasm build of wasm/ failed ({status})"));
    }
    Ok(target_dir
        .join(WASM_TARGET)
        .join(WASM_PROFILE)
        .join(format!("{WASM_LIB}.wasm")))
}

/// Removes the variables the outer build sets for its own target, which would
/// otherwise apply to the nested wasm32 build (keeps CARGO_MAKEFLAGS, the
/// jobserver, so both builds share the same job slots).
fn clear_leaking_env(command: &mut Command) {
    const EXACT: &[&str] = &[
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTDOCFLAGS",
        "CARGO_ENCODED_RUSTDOCFLAGS",
        "TARGET",
        "HOST",
        "PROFILE",
        "OPT_LEVEL",
        "DEBUG",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET_DIR",
    ];
    const PREFIXES: &[&str] = &[
        "CARGO_BUILD_",
        "CARGO_PROFILE_",
        "CARGO_CFG_",
        "CARGO_FEATURE_",
    ];
    for (key, _) in env::vars_os() {
        let Some(name) = key.to_str() else { continue };
        if EXACT.contains(&name) || PREFIXES.iter().any(|p| name.starts_with(p)) {
            command.env_remove(name);
        }
    }
}

fn generate_bindings(wasm: &Path, out_dir: &Path) -> Result<(), String> {
    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen
        .input_path(wasm)
        .web(true)
        .map_err(|e| format!("wasm-bindgen: {e}"))?
        .omit_default_module_path(false)
        .typescript(false);
    bindgen
        .generate(out_dir)
        .map_err(|e| format!("wasm-bindgen could not generate the JS bindings: {e}"))
}
