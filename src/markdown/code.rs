//! Code fences: static code, runnable playgrounds and recorded output.
//!
//! The playground markup is a contract with the browser code that enhances it
//! (and with anyone reading the page without JavaScript):
//!
//! ```html
//! <section class="playground" data-playground="N" aria-label="Runnable example N">
//!   <pre class="code"><code class="language-python">SOURCE</code></pre>
//!   <div class="playground-output">
//!     <p class="output-label">Output</p>
//!     <pre class="output"><samp>OUTPUT</samp></pre>
//!   </div>
//! </section>
//! ```
//!
//! N counts runnable blocks on the page from 1; the `<code>` element's text
//! content is exactly the fence's source; the output part is present only
//! when an ```` ```output ```` fence follows the runnable one.

use crate::highlight::highlight_python;
use crate::html::{escape, escape_into};

/// What a fence's info string says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FenceKind {
    /// ```` ```python run ````: a playground.
    Runnable,
    /// ```` ```output ````: recorded output.
    Output,
    /// Any other fence; the language, if one was named.
    Static(Option<String>),
}

impl FenceKind {
    /// Reads an info string such as `python run`.
    pub fn parse(info: &str) -> FenceKind {
        let mut words = info.split_whitespace();
        let lang = words.next();
        let flags: Vec<&str> = words.collect();
        match lang {
            Some("python") if flags.contains(&"run") => FenceKind::Runnable,
            Some("output") => FenceKind::Output,
            Some(lang) => FenceKind::Static(Some(lang.to_string())),
            None => FenceKind::Static(None),
        }
    }
}

/// A static code block, wrapped so a copy button can sit beside the `<pre>`.
pub fn render_static(lang: Option<&str>, source: &str, out: &mut String) {
    out.push_str("<div class=\"code-block\"><pre class=\"code\">");
    match lang {
        Some("python") | Some("py") => {
            out.push_str("<code class=\"language-python\">");
            out.push_str(&highlight_python(source));
        }
        Some(lang) => {
            out.push_str("<code class=\"language-");
            out.push_str(&escape(lang));
            out.push_str("\">");
            escape_into(source, out);
        }
        None => {
            out.push_str("<code>");
            escape_into(source, out);
        }
    }
    out.push_str("</code></pre></div>\n");
}

/// Output shown on its own, not attached to a playground.
pub fn render_output(output: &str, out: &mut String) {
    out.push_str("<div class=\"output-block\">");
    push_output(output, out);
    out.push_str("</div>\n");
}

/// A runnable example, numbered `number` on its page.
pub fn render_playground(number: usize, source: &str, output: Option<&str>, out: &mut String) {
    out.push_str(&format!(
        "<section class=\"playground\" data-playground=\"{number}\" aria-label=\"Runnable example {number}\">"
    ));
    out.push_str("<pre class=\"code\"><code class=\"language-python\">");
    out.push_str(&highlight_python(source));
    out.push_str("</code></pre>");
    if let Some(output) = output {
        out.push_str("<div class=\"playground-output\">");
        push_output(output, out);
        out.push_str("</div>");
    }
    out.push_str("</section>\n");
}

fn push_output(output: &str, out: &mut String) {
    out.push_str("<p class=\"output-label\">Output</p><pre class=\"output\"><samp>");
    escape_into(output, out);
    out.push_str("</samp></pre>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_strings() {
        assert_eq!(FenceKind::parse("python run"), FenceKind::Runnable);
        assert_eq!(FenceKind::parse("output"), FenceKind::Output);
        assert_eq!(
            FenceKind::parse("python"),
            FenceKind::Static(Some("python".into()))
        );
        assert_eq!(FenceKind::parse(""), FenceKind::Static(None));
    }

    #[test]
    fn playground_markup() {
        let mut html = String::new();
        render_playground(2, "print(1 < 2)\n", Some("True\n"), &mut html);
        assert_eq!(
            html,
            "<section class=\"playground\" data-playground=\"2\" aria-label=\"Runnable example 2\">\
             <pre class=\"code\"><code class=\"language-python\"><span class=\"hl-b\">print</span>(<span class=\"hl-n\">1</span> <span class=\"hl-o\">&lt;</span> <span class=\"hl-n\">2</span>)\n</code></pre>\
             <div class=\"playground-output\"><p class=\"output-label\">Output</p>\
             <pre class=\"output\"><samp>True\n</samp></pre></div></section>\n"
        );
    }
}
