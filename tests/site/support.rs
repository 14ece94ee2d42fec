//! Building fixture sites into temporary folders.

use std::path::{Path, PathBuf};

use tempfile::TempDir;
use threadwise::assets::ThemeSource;
use threadwise::site::{SiteError, SiteSource};

/// The folder of fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A site built into a temporary folder that lives as long as this value.
pub struct Built {
    dir: TempDir,
}

impl Built {
    /// The output root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A built file as text; panics with the path when it is missing.
    pub fn read(&self, path: &str) -> String {
        let full = self.dir.path().join(path);
        std::fs::read_to_string(&full)
            .unwrap_or_else(|e| panic!("{path} was not built ({}): {e}", full.display()))
    }

    /// True when the file exists.
    pub fn exists(&self, path: &str) -> bool {
        self.dir.path().join(path).is_file()
    }

    /// Every built file, relative to the root, with `/` separators.
    pub fn files(&self) -> Vec<String> {
        let mut out = Vec::new();
        walk(self.dir.path(), self.dir.path(), &mut out);
        out.sort();
        out
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("readable output") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).expect("under root");
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// Builds `tests/fixtures/<name>/content` for `base_url` and writes it.
pub fn build(name: &str, base_url: &str) -> Built {
    try_build(&fixtures().join(name).join("content"), base_url)
        .unwrap_or_else(|e| panic!("fixture {name} failed to build:\n{e}"))
}

/// Builds a content folder into a fresh temporary folder.
pub fn try_build(content: &Path, base_url: &str) -> Result<Built, SiteError> {
    let source = SiteSource {
        content_dir: content.to_path_buf(),
        base_url: Some(base_url.to_string()),
    };
    let files = threadwise::build(&source, &ThemeSource::Embedded)?;
    let dir = tempfile::tempdir().expect("temp dir");
    files.write(dir.path())?;
    Ok(Built { dir })
}

/// Every value of `attr="..."` in an HTML document.
pub fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    let mut values = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        values.push(rest[..end].replace("&amp;", "&"));
        rest = &rest[end..];
    }
    values
}

/// The text between the first `start` and the next `end` after it.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` not found"))
        + start.len();
    let to = text[from..]
        .find(end)
        .unwrap_or_else(|| panic!("`{end}` not found after `{start}`"));
    &text[from..from + to]
}
