//! Classifying and rewriting link destinations written in Markdown.
//!
//! Authors link to another question as `other-question.md` (optionally with
//! `#anchor`), which also works when browsing `content/` on a code host; to a
//! page the site makes as `/tags/basics/` or `/playground/`; within the page
//! as `#anchor`. Everything with a scheme is external and left alone.

use crate::content::slugify;
use crate::urls::BaseUrl;

/// Where an internal link points, for `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// Another question, by slug.
    Question {
        /// The question's slug.
        slug: String,
        /// The heading anchor, if any.
        anchor: Option<String>,
    },
    /// A heading on the same page.
    SamePage {
        /// The heading anchor.
        anchor: String,
    },
    /// A page of the site addressed by its path, e.g. `tags/basics/`.
    SitePath {
        /// The path without its leading `/`.
        path: String,
    },
    /// A relative link that is neither `slug.md` nor `#anchor`.
    Unsupported,
}

/// An internal link found in a page body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// What the author wrote.
    pub written: String,
    /// Where it points.
    pub target: LinkTarget,
    /// Byte offset of the link in the Markdown body.
    pub offset: usize,
}

/// Classifies `dest` and returns the URL to put in the page, with the target
/// when the link is internal.
pub fn resolve(dest: &str, base: &BaseUrl) -> (String, Option<LinkTarget>) {
    if is_external(dest) {
        return (dest.to_string(), None);
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    };
    if path.is_empty() {
        let anchor = anchor.unwrap_or_default();
        return (dest.to_string(), Some(LinkTarget::SamePage { anchor }));
    }
    if let Some(site_path) = path.strip_prefix('/') {
        let url = with_anchor(base.link(site_path), anchor.as_deref());
        let target = LinkTarget::SitePath {
            path: site_path.to_string(),
        };
        return (url, Some(target));
    }
    if let Some(file) = path.strip_suffix(".md") {
        let stem = file.rsplit('/').next().unwrap_or(file);
        let slug = slugify(stem);
        let url = with_anchor(base.link(&format!("{slug}/")), anchor.as_deref());
        return (url, Some(LinkTarget::Question { slug, anchor }));
    }
    (dest.to_string(), Some(LinkTarget::Unsupported))
}

fn with_anchor(mut url: String, anchor: Option<&str>) -> String {
    if let Some(anchor) = anchor {
        url.push('#');
        url.push_str(anchor);
    }
    url
}

fn is_external(dest: &str) -> bool {
    if dest.starts_with("//") {
        return true;
    }
    // A scheme: letters, digits, `+`, `-`, `.` before a `:`, as in RFC 3986.
    match dest.split_once(':') {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> BaseUrl {
        BaseUrl::parse("https://example.org/tw/").unwrap()
    }

    #[test]
    fn question_links_become_page_urls() {
        let (url, target) = resolve("other.md#why", &base());
        assert_eq!(url, "/tw/other/#why");
        assert_eq!(
            target,
            Some(LinkTarget::Question {
                slug: "other".into(),
                anchor: Some("why".into())
            })
        );
    }

    #[test]
    fn site_paths_get_the_base_path() {
        let (url, _) = resolve("/tags/basics/", &base());
        assert_eq!(url, "/tw/tags/basics/");
    }

    #[test]
    fn external_and_anchor_links_are_kept() {
        assert_eq!(
            resolve("https://python.org", &base()),
            ("https://python.org".into(), None)
        );
        assert_eq!(resolve("mailto:a@b", &base()).1, None);
        assert_eq!(
            resolve("#x", &base()).1,
            Some(LinkTarget::SamePage { anchor: "x".into() })
        );
        assert_eq!(resolve("foo/bar", &base()).1, Some(LinkTarget::Unsupported));
    }
}
