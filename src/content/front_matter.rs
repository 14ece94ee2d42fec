//! TOML front matter between `+++` lines at the top of a question file.

use serde::Deserialize;
use toml::Spanned;

/// The fields a question declares about itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The question, as a person would ask it.
    pub title: Spanned<String>,
    /// The one-sentence answer.
    pub summary: Spanned<String>,
    /// Tag slugs.
    #[serde(default)]
    pub tags: Vec<Spanned<String>>,
    /// Slugs of related questions.
    #[serde(default)]
    pub related: Vec<Spanned<String>>,
    /// Sort order: lower first, then by title.
    #[serde(default)]
    pub weight: i64,
    /// When the answer last changed meaningfully; the feed falls back to the
    /// file's modification time.
    #[serde(default)]
    pub updated: Option<toml::value::Datetime>,
}

/// Where the front matter and the body sit in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// Byte range of the TOML text.
    pub toml_start: usize,
    /// End of the TOML text (start of the closing `+++` line).
    pub toml_end: usize,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
}

/// Why the front matter could not be located.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with a `+++` line.
    Missing,
    /// The opening `+++` has no closing partner.
    Unclosed,
}

/// Finds the `+++` fences. A leading byte-order mark is allowed.
pub fn split(text: &str) -> Result<Split, SplitError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = LineIter { text, pos: start };
    match lines.next() {
        Some((_, line)) if line.trim_end() == "+++" => {}
        _ => return Err(SplitError::Missing),
    }
    let toml_start = lines.pos;
    while let Some((line_start, line)) = lines.next() {
        if line.trim_end() == "+++" {
            return Ok(Split {
                toml_start,
                toml_end: line_start,
                body_start: lines.pos.min(text.len()),
            });
        }
    }
    Err(SplitError::Unclosed)
}

/// Lines with their start offsets; each line excludes its `\n`.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let rest = &self.text[start..];
        let len = rest.find('\n').unwrap_or(rest.len());
        self.pos = start + len + 1;
        Some((start, &rest[..len]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_from_body() {
        let text = "+++\ntitle = \"x\"\n+++\nbody\n";
        let s = split(text).unwrap();
        assert_eq!(&text[s.toml_start..s.toml_end], "title = \"x\"\n");
        assert_eq!(&text[s.body_start..], "body\n");
    }

    #[test]
    fn reports_missing_and_unclosed() {
        assert_eq!(split("title = 1\n"), Err(SplitError::Missing));
        assert_eq!(split(""), Err(SplitError::Missing));
        assert_eq!(split("+++\ntitle = 1\n"), Err(SplitError::Unclosed));
    }

    #[test]
    fn closing_fence_at_end_of_file() {
        let s = split("+++\na = 1\n+++").unwrap();
        assert_eq!(s.body_start, 13);
    }
}
