//! Build-time syntax highlighting of Python code.
//!
//! The engine's lexer is the one highlighter, so static pages and the browser
//! editor (which calls the same function through wasm) never disagree. It
//! emits spans with the classes the CSS styles: `hl-k` keyword, `hl-b`
//! builtin, `hl-s` string, `hl-n` number, `hl-c` comment, `hl-d` def/class
//! name, `hl-at` decorator, `hl-o` operator.

use threadwise_playground::web::wire::highlight_html;

/// Python source as highlighted HTML, ready to sit inside `<code>`. Its text
/// content is exactly `source`.
pub fn highlight_python(source: &str) -> String {
    highlight_html(source)
}

#[cfg(test)]
mod tests {
    use super::highlight_python;

    /// Removes tags and decodes the entities the highlighter emits, as a browser's
    /// `textContent` would.
    fn text_content(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    }

    #[test]
    fn keywords_and_strings_get_classes() {
        let html = highlight_python("if a < b:\n    print('&')\n");
        assert!(html.contains("<span class=\"hl-k\">if</span>"), "{html}");
        assert!(
            html.contains("<span class=\"hl-s\">'&amp;'</span>"),
            "{html}"
        );
        assert!(!html.contains("a < b"), "markup escaped: {html}");
    }

    #[test]
    fn text_content_is_the_source() {
        let src = "@dec\nclass A:\n    def f(self, x=1.5):  # <c>\n        return \"&\" + x\n";
        assert_eq!(text_content(&highlight_python(src)), src);
    }
}
