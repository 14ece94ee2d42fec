//! Markdown bodies to HTML: heading anchors and the table of contents,
//! internal links rewritten for the base URL, and code fences rendered as
//! static code, playgrounds and recorded output.

pub mod code;
pub mod headings;
pub mod links;

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::html::escape;
use crate::urls::BaseUrl;
use code::FenceKind;
pub use headings::TocEntry;
pub use links::{InternalLink, LinkTarget};

/// A Markdown body rendered for one page, with what the checks need.
#[derive(Debug, Clone, Default)]
pub struct RenderedBody {
    /// The HTML.
    pub html: String,
    /// Level-2 and level-3 headings, in order.
    pub toc: Vec<TocEntry>,
    /// Every heading anchor on the page.
    pub anchors: HashSet<String>,
    /// Links to other pages of the site or to anchors.
    pub links: Vec<InternalLink>,
    /// Runnable examples, numbered from 1.
    pub examples: Vec<Example>,
    /// The prose as plain text (no code blocks), for structured data.
    pub plain_text: String,
}

/// One ```` ```python run ```` block and the output recorded for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// Its number on the page, from 1.
    pub number: usize,
    /// The exact source between the fences.
    pub source: String,
    /// Byte offset of the opening fence in the body.
    pub offset: usize,
    /// The ```` ```output ```` fence right after it, if any.
    pub output: Option<RecordedOutput>,
}

/// The text of an ```` ```output ```` fence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedOutput {
    /// The exact text between the fences.
    pub text: String,
    /// Byte offset of the opening fence in the body.
    pub offset: usize,
}

/// Ids the question template itself uses around the body.
const PAGE_IDS: &[&str] = &["main", "tw-toc", "tw-related"];

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders a Markdown body; links are made for a site at `base`.
pub fn render(body: &str, base: &BaseUrl) -> RenderedBody {
    let events: Vec<(Event, Range<usize>)> = Parser::new_ext(body, options())
        .into_offset_iter()
        .collect();
    let mut out = RenderedBody::default();
    let mut anchors = headings::AnchorSet::with_reserved(PAGE_IDS);
    let mut html_events: Vec<Event> = Vec::with_capacity(events.len());
    let mut heading_id = String::new();
    let mut in_heading = false;

    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                let text = heading_text(&events[i + 1..]);
                heading_id = anchors.allocate(id.as_deref(), &text);
                let level = heading_number(*level);
                if level == 2 || level == 3 {
                    out.toc.push(TocEntry {
                        level,
                        id: heading_id.clone(),
                        text,
                    });
                }
                in_heading = true;
                html_events.push(Event::Html(CowStr::from(format!(
                    "<h{level} id=\"{}\">",
                    escape(&heading_id)
                ))));
            }
            Event::End(TagEnd::Heading(level)) => {
                in_heading = false;
                let id = escape(&heading_id);
                html_events.push(Event::Html(CowStr::from(format!(
                    " <a class=\"anchor\" href=\"#{id}\" aria-label=\"Link to this section\">#</a></h{}>\n",
                    heading_number(*level)
                ))));
                push_space(&mut out.plain_text);
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let (source, next) = code_text(&events, i);
                let fence = match kind {
                    CodeBlockKind::Fenced(info) => FenceKind::parse(info),
                    CodeBlockKind::Indented => FenceKind::Static(None),
                };
                let mut html = String::new();
                i = next;
                match fence {
                    FenceKind::Runnable => {
                        let number = out.examples.len() + 1;
                        let output = match events.get(i) {
                            Some((
                                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))),
                                r,
                            )) if FenceKind::parse(info) == FenceKind::Output => {
                                let (text, after) = code_text(&events, i);
                                let offset = r.start;
                                i = after;
                                Some(RecordedOutput { text, offset })
                            }
                            _ => None,
                        };
                        code::render_playground(
                            number,
                            &source,
                            output.as_ref().map(|o| o.text.as_str()),
                            &mut html,
                        );
                        out.examples.push(Example {
                            number,
                            source,
                            offset: range.start,
                            output,
                        });
                    }
                    FenceKind::Output => code::render_output(&source, &mut html),
                    FenceKind::Static(lang) => {
                        code::render_static(lang.as_deref(), &source, &mut html)
                    }
                }
                html_events.push(Event::Html(CowStr::from(html)));
                continue;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let (url, target) = links::resolve(dest_url, base);
                if let Some(target) = target {
                    out.links.push(InternalLink {
                        written: dest_url.to_string(),
                        target,
                        offset: range.start,
                    });
                }
                html_events.push(Event::Start(Tag::Link {
                    link_type: *link_type,
                    dest_url: CowStr::from(url),
                    title: title.clone(),
                    id: id.clone(),
                }));
            }
            Event::Text(text) | Event::Code(text) => {
                out.plain_text.push_str(text);
                html_events.push(event.clone());
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => {
                push_space(&mut out.plain_text);
                html_events.push(event.clone());
            }
            Event::SoftBreak | Event::HardBreak if !in_heading => {
                push_space(&mut out.plain_text);
                html_events.push(event.clone());
            }
            _ => html_events.push(event.clone()),
        }
        i += 1;
    }
    pulldown_cmark::html::push_html(&mut out.html, html_events.into_iter());
    out.anchors = anchors.into_set();
    let trimmed = out.plain_text.trim_end().len();
    out.plain_text.truncate(trimmed);
    out
}

fn push_space(text: &mut String) {
    if !text.is_empty() && !text.ends_with(' ') {
        text.push(' ');
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The plain text of a heading whose content starts at `events[0]`.
fn heading_text(events: &[(Event, Range<usize>)]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The text of the code block starting at `events[start]`, and the index
/// just past its end.
fn code_text(events: &[(Event, Range<usize>)], start: usize) -> (String, usize) {
    let mut text = String::new();
    let mut i = start + 1;
    while let Some((event, _)) = events.get(i) {
        i += 1;
        match event {
            Event::End(TagEnd::CodeBlock) => break,
            Event::Text(t) => text.push_str(t),
            _ => {}
        }
    }
    (text, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> BaseUrl {
        BaseUrl::parse("https://example.org/").unwrap()
    }

    #[test]
    fn headings_get_anchors_and_toc() {
        let body = render("## One\n\n### Two `x`\n\n#### Deep\n", &base());
        assert_eq!(body.toc.len(), 2);
        assert_eq!(body.toc[1].id, "two-x");
        assert_eq!(body.toc[1].text, "Two x");
        assert!(body
            .html
            .contains("<h2 id=\"one\">One <a class=\"anchor\" href=\"#one\""));
        assert!(body.anchors.contains("deep"));
    }

    #[test]
    fn runnable_block_takes_the_following_output() {
        let md =
            "Text\n\n```python run\nprint(1)\n```\n```output\n1\n```\n\n```python run\npass\n```\n";
        let body = render(md, &base());
        assert_eq!(body.examples.len(), 2);
        assert_eq!(body.examples[0].source, "print(1)\n");
        assert_eq!(
            body.examples[0].output.as_ref().map(|o| o.text.as_str()),
            Some("1\n")
        );
        assert_eq!(body.examples[1].output, None);
        assert_eq!(&md[body.examples[1].offset..][..13], "```python run");
        assert!(body.html.contains("data-playground=\"2\""));
        assert!(!body.html.contains("output-block"));
    }

    #[test]
    fn links_are_rewritten_and_recorded() {
        let body = render("See [x](other.md#a) and [y](https://python.org).", &base());
        assert!(body.html.contains("href=\"/other/#a\""));
        assert_eq!(body.links.len(), 1);
        assert_eq!(body.links[0].offset, 4);
    }

    #[test]
    fn plain_text_skips_code_blocks() {
        let body = render("Hello *there*.\n\n```python\nx = 1\n```\n\nBye.", &base());
        assert_eq!(body.plain_text, "Hello there. Bye.");
    }
}
