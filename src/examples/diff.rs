//! Readable line diffs for example output mismatches.

use similar::{ChangeTag, TextDiff};

/// A line diff of `expected` against `actual`, each line prefixed with
/// `-`, `+` or a space, indented to sit under a diagnostic.
pub fn lines(expected: &str, actual: &str) -> String {
    let diff = TextDiff::from_lines(expected, actual);
    let mut out = String::new();
    for change in diff.iter_all_changes() {
        let sign = match change.tag() {
            ChangeTag::Delete => '-',
            ChangeTag::Insert => '+',
            ChangeTag::Equal => ' ',
        };
        let value = change.value();
        out.push_str("    ");
        out.push(sign);
        out.push(' ');
        match value.strip_suffix('\n') {
            Some(line) => out.push_str(line),
            None => {
                out.push_str(value);
                out.push_str(" (no newline at end)");
            }
        }
        out.push('\n');
    }
    while out.ends_with('\n') {
        out.pop();
    }
    out
}

/// Text indented to sit under a diagnostic.
pub fn indent(text: &str) -> String {
    if text.is_empty() {
        return "    (nothing)".to_string();
    }
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn shows_changed_lines() {
        let d = super::lines("a\nb\nc\n", "a\nB\nc");
        assert_eq!(
            d,
            "      a\n    - b\n    - c\n    + B\n    + c (no newline at end)"
        );
    }
}
