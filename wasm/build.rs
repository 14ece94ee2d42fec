//! Writes the Python standard library modules the engine embeds to OUT_DIR
//! without their comments and docstrings: a fifth of the embedded bytes,
//! and so of the playground's download, were prose nobody sees. Every line
//! stays where it was, so line numbers in tracebacks do not change.

use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let src = manifest.join("src/engine/stdlib");
    println!("cargo::rerun-if-changed=src/engine/stdlib");
    if let Err(e) = copy_tree(&src, &out.join("stdlib")) {
        println!("cargo::error=cannot prepare the embedded standard library: {e}");
        std::process::exit(1);
    }
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let path = entry?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_tree(&path, &target)?;
        } else if path.extension().is_some_and(|e| e == "py") {
            let text = fs::read_to_string(&path)?;
            fs::write(&target, strip(&text))?;
        }
    }
    Ok(())
}

/// Drops comments, turns statements that are a lone string literal
/// (docstrings) into `""`, and trims trailing spaces, keeping every newline.
fn strip(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut depth = 0usize; // open brackets: newlines inside do not end a statement
    let mut line_start = true; // nothing but indentation yet on this logical line
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\n' => {
                trim_trailing_spaces(&mut out);
                out.push('\n');
                if depth == 0 {
                    line_start = true;
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                line_start = false;
                out.push(c);
            }
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                out.push(c);
            }
            ' ' | '\t' => out.push(c),
            // A backslash continues the logical line onto the next.
            '\\' if chars.get(i + 1) == Some(&'\n') => {
                out.push_str("\\\n");
                i += 2;
                continue;
            }
            _ => {
                if let Some((end, prefix_len)) = string_at(&chars, i) {
                    let lone = line_start && depth == 0 && ends_statement(&chars, end);
                    let formatted = chars[i..i + prefix_len]
                        .iter()
                        .any(|p| matches!(p, 'f' | 'F'));
                    if lone && !formatted {
                        out.push_str("\"\"");
                        let newlines = chars[i..end].iter().filter(|&&ch| ch == '\n').count();
                        out.extend(std::iter::repeat_n('\n', newlines));
                    } else {
                        out.extend(&chars[i..end]);
                    }
                    line_start = false;
                    i = end;
                    continue;
                }
                // A name, number or operator: copy one identifier-ish run so a
                // prefix letter inside a name is never taken for a string.
                let mut j = i;
                if c.is_alphanumeric() || c == '_' {
                    while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                        j += 1;
                    }
                } else {
                    j += 1;
                }
                out.extend(&chars[i..j]);
                line_start = false;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    trim_trailing_spaces(&mut out);
    out
}

fn trim_trailing_spaces(out: &mut String) {
    while out.ends_with(' ') || out.ends_with('\t') {
        out.pop();
    }
}

/// If a string literal starts at `i` (with up to two prefix letters), its
/// end and prefix length.
fn string_at(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let mut q = i;
    while q < chars.len()
        && q - i < 2
        && matches!(chars[q], 'r' | 'R' | 'b' | 'B' | 'u' | 'U' | 'f' | 'F')
    {
        q += 1;
    }
    let quote = *chars.get(q)?;
    if quote != '"' && quote != '\'' {
        return None;
    }
    let triple = chars.get(q + 1) == Some(&quote) && chars.get(q + 2) == Some(&quote);
    let mut j = if triple { q + 3 } else { q + 1 };
    while j < chars.len() {
        match chars[j] {
            '\\' => j += 2,
            ch if ch == quote => {
                if !triple {
                    return Some((j + 1, q - i));
                }
                if chars.get(j + 1) == Some(&quote) && chars.get(j + 2) == Some(&quote) {
                    return Some((j + 3, q - i));
                }
                j += 1;
            }
            '\n' if !triple => return Some((j, q - i)),
            _ => j += 1,
        }
    }
    Some((chars.len(), q - i))
}

/// Whether only spaces and a comment follow `end` on its line.
fn ends_statement(chars: &[char], end: usize) -> bool {
    let mut k = end;
    while k < chars.len() && (chars[k] == ' ' || chars[k] == '\t') {
        k += 1;
    }
    k >= chars.len() || chars[k] == '\n' || chars[k] == '#'
}
