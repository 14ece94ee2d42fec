//! Stable, unique heading anchors and the table of contents.

use std::collections::HashSet;

use crate::content::slugify;

/// One entry of a page's table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    /// 2 or 3.
    pub level: u8,
    /// The heading's anchor.
    pub id: String,
    /// The heading as plain text.
    pub text: String,
}

/// Hands out heading ids, never the same twice on one page.
#[derive(Debug, Default)]
pub struct AnchorSet {
    used: HashSet<String>,
}

impl AnchorSet {
    /// A set where `ids` (used by the page around the body) are taken.
    pub fn with_reserved(ids: &[&str]) -> Self {
        AnchorSet {
            used: ids.iter().map(|id| id.to_string()).collect(),
        }
    }

    /// The id for a heading: the author's `{#id}` if given, else from its text.
    /// Repeats get `-2`, `-3`, … so earlier anchors never move.
    pub fn allocate(&mut self, explicit: Option<&str>, text: &str) -> String {
        let base = match explicit {
            Some(id) if !id.is_empty() => id.to_string(),
            _ => {
                let slug = slugify(text);
                if slug.is_empty() {
                    "section".to_string()
                } else {
                    slug
                }
            }
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.used.insert(id.clone());
        id
    }

    /// Every id handed out.
    pub fn into_set(self) -> HashSet<String> {
        self.used
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_headings_get_numbered() {
        let mut set = AnchorSet::default();
        assert_eq!(set.allocate(None, "Why?"), "why");
        assert_eq!(set.allocate(None, "Why"), "why-2");
        assert_eq!(set.allocate(Some("custom"), "Why"), "custom");
        assert_eq!(set.allocate(None, "???"), "section");
    }
}
