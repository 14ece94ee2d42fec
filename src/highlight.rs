//! Build-time syntax highlighting of Python code.
//!
//! The engine's lexer will be the one highlighter (so pages and the browser
//! editor never disagree). Until it lands, code is only escaped; the CSS
//! already styles the classes it will emit: `hl-k` keyword, `hl-b` builtin,
//! `hl-s` string, `hl-n` number, `hl-c` comment, `hl-d` def/class name,
//! `hl-at` decorator, `hl-o` operator.

use crate::html::escape;

/// Python source as escaped HTML, ready to sit inside `<code>`. Its text
/// content is exactly `source`.
pub fn highlight_python(source: &str) -> String {
    escape(source)
}

#[cfg(test)]
mod tests {
    #[test]
    fn output_is_escaped_source() {
        assert_eq!(
            super::highlight_python("if a < b:\n    print('&')\n"),
            "if a &lt; b:\n    print(&#39;&amp;&#39;)\n"
        );
    }
}
