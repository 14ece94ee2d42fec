//! Loading questions from the content folder: files, slugs, front matter, and
//! the checks that need every question at once (slugs, tags, related).

pub mod front_matter;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::config::{toml_message, SiteConfig};
use crate::diagnostics::{Diagnostic, Diagnostics};
use front_matter::{FrontMatter, SplitError};

/// Slugs that would collide with pages the builder makes itself.
pub const RESERVED_SLUGS: &[&str] = &["assets", "tags", "playground", "404", "index"];

/// The authors' guide in the content folder; it is not a question.
const AUTHORS_GUIDE: &str = "README.md";

/// One question file, read and with its front matter parsed.
#[derive(Debug, Clone)]
pub struct SourcePage {
    /// URL segment and the name other questions use in `related`.
    pub slug: String,
    /// The file, as reached from where the command ran.
    pub path: PathBuf,
    /// The file relative to the site root, with `/`, for "edit this page".
    pub site_path: String,
    /// The whole file.
    pub text: String,
    /// Where the Markdown body starts in `text`.
    pub body_start: usize,
    /// Where the TOML starts in `text`; front matter spans are relative to it.
    pub front_start: usize,
    /// The parsed front matter.
    pub front: FrontMatter,
    /// The file's modification time, used when `updated` is absent.
    pub modified: Option<SystemTime>,
}

impl SourcePage {
    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// A diagnostic at a span reported by the front matter parser.
    pub fn front_diagnostic(
        &self,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at_offset(
            &self.path,
            &self.text,
            self.front_start + span.start,
            message,
        )
    }

    /// The question's title.
    pub fn title(&self) -> &str {
        self.front.title.get_ref()
    }

    /// The one-sentence answer.
    pub fn summary(&self) -> &str {
        self.front.summary.get_ref()
    }
}

/// True for lowercase ASCII letters, digits and single inner hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The slug for a file stem: lowercase, runs of other characters become `-`.
pub fn slugify(s: &str) -> String {
    let mut slug = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Reads every `*.md` question in `content_dir` (not the authors' README),
/// sorted by file name. `site_root` is the folder `site_path` is relative to.
pub fn load(content_dir: &Path, site_root: &Path) -> Result<Vec<SourcePage>, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let entries = std::fs::read_dir(content_dir).map_err(|e| {
        Diagnostics(vec![Diagnostic::new(
            content_dir,
            1,
            1,
            format!("cannot read the content folder: {e}"),
        )])
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|ext| ext == "md"))
        .filter(|p| {
            p.file_name()
                .is_none_or(|n| !n.eq_ignore_ascii_case(AUTHORS_GUIDE))
        })
        .collect();
    files.sort();

    let mut pages = Vec::with_capacity(files.len());
    for result in load_files(&files, site_root) {
        match result {
            Ok(page) => pages.push(page),
            Err(d) => diagnostics.push(d),
        }
    }
    check_slugs(&pages, &mut diagnostics);
    diagnostics.into_result().map(|()| pages)
}

/// Reads and parses files on all cores, keeping their order.
fn load_files(files: &[PathBuf], site_root: &Path) -> Vec<Result<SourcePage, Diagnostic>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || files.len() < 64 {
        return files.iter().map(|p| load_file(p, site_root)).collect();
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| load_file(p, site_root))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

fn load_file(path: &Path, site_root: &Path) -> Result<SourcePage, Diagnostic> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Diagnostic::new(path, 1, 1, format!("cannot read: {e}")))?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let slug = slugify(stem);
    if slug.is_empty() {
        return Err(Diagnostic::new(
            path,
            1,
            1,
            "the file name has no letters or digits to make a URL slug from",
        ));
    }
    let split = front_matter::split(&text).map_err(|e| match e {
        SplitError::Missing => Diagnostic::new(
            path,
            1,
            1,
            "missing front matter: the file must start with a `+++` line, then TOML, then `+++`",
        ),
        SplitError::Unclosed => Diagnostic::new(
            path,
            1,
            1,
            "front matter is not closed: add a `+++` line after the TOML",
        ),
    })?;
    let toml_text = &text[split.toml_start..split.toml_end];
    let front: FrontMatter = toml::from_str(toml_text).map_err(|e| {
        let offset = split.toml_start + e.span().map_or(0, |s| s.start);
        Diagnostic::at_offset(
            path,
            &text,
            offset,
            format!("front matter: {}", toml_message(&e)),
        )
    })?;
    for (field, value) in [("title", &front.title), ("summary", &front.summary)] {
        if value.get_ref().trim().is_empty() {
            return Err(Diagnostic::at_offset(
                path,
                &text,
                split.toml_start + value.span().start,
                format!("front matter: `{field}` is empty"),
            ));
        }
    }
    let site_path = path
        .strip_prefix(site_root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok(SourcePage {
        slug,
        path: path.to_path_buf(),
        site_path,
        front_start: split.toml_start,
        body_start: split.body_start,
        text,
        front,
        modified,
    })
}

fn check_slugs(pages: &[SourcePage], diagnostics: &mut Diagnostics) {
    let mut first: HashMap<&str, &Path> = HashMap::new();
    for page in pages {
        if RESERVED_SLUGS.contains(&page.slug.as_str()) {
            diagnostics.push(Diagnostic::new(
                &page.path,
                1,
                1,
                format!(
                    "the slug `{}` is reserved for a page the site makes itself; rename the file",
                    page.slug
                ),
            ));
        }
        if let Some(other) = first.insert(&page.slug, &page.path) {
            diagnostics.push(Diagnostic::new(
                &page.path,
                1,
                1,
                format!(
                    "duplicate slug `{}`: {} has the same one",
                    page.slug,
                    other.display()
                ),
            ));
        }
    }
}

/// Checks references between questions: declared tags and `related` slugs.
pub fn check_references(pages: &[SourcePage], config: &SiteConfig) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    let slugs: std::collections::HashSet<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
    for page in pages {
        for tag in &page.front.tags {
            let name = tag.get_ref();
            if !config.tags.is_empty() && config.tag(name).is_none() {
                let known: Vec<&str> = config.tags.iter().map(|t| t.slug.as_str()).collect();
                diagnostics.push(page.front_diagnostic(
                    tag.span(),
                    format!("unknown tag `{name}`; declared tags: {}", known.join(", ")),
                ));
            } else if config.tags.is_empty() && !is_slug(name) {
                diagnostics.push(page.front_diagnostic(
                    tag.span(),
                    format!("tag `{name}` must be lowercase letters, digits and hyphens"),
                ));
            }
        }
        for related in &page.front.related {
            let name = related.get_ref();
            if name == &page.slug {
                diagnostics.push(
                    page.front_diagnostic(related.span(), "a question cannot be related to itself"),
                );
            } else if !slugs.contains(name.as_str()) {
                diagnostics.push(page.front_diagnostic(
                    related.span(),
                    format!("unknown related question `{name}`: no content file has that slug"),
                ));
            }
        }
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_normalises_file_stems() {
        assert_eq!(slugify("What_Is a Thread"), "what-is-a-thread");
        assert_eq!(slugify("--x--"), "x");
        assert_eq!(slugify("ß"), "");
    }

    #[test]
    fn is_slug_accepts_only_clean_slugs() {
        assert!(is_slug("thread-local"));
        assert!(!is_slug("Thread"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug(""));
    }
}
