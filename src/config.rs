//! The site configuration, `threadwise.toml` beside the content folder.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::Diagnostic;

/// The file name looked for in the site root.
pub const CONFIG_FILE: &str = "threadwise.toml";

/// Site-wide settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The site's name, shown in the header and in every page title.
    #[serde(default = "default_title")]
    pub title: String,
    /// One sentence about the site, for the home page's meta description.
    #[serde(default)]
    pub description: String,
    /// The URL the site is deployed at; `--base-url` overrides it.
    #[serde(default = "default_base_url")]
    pub base_url: String,
    /// The `lang` of every page.
    #[serde(default = "default_language")]
    pub language: String,
    /// "Edit this page" link; `{path}` becomes the Markdown file's path
    /// relative to the site root, e.g. `content/what-is-a-thread.md`.
    #[serde(default)]
    pub edit_url: Option<String>,
    /// The declared tags, in the order the home page lists them. When empty,
    /// any tag is accepted.
    #[serde(default)]
    pub tags: Vec<TagConfig>,
}

/// One declared tag.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagConfig {
    /// The name used in front matter and in the tag page's URL.
    pub slug: String,
    /// The heading shown to readers.
    pub name: String,
    /// One sentence shown under the heading.
    #[serde(default)]
    pub description: String,
}

fn default_title() -> String {
    "Threadwise".to_string()
}

fn default_base_url() -> String {
    "http://127.0.0.1:8000/".to_string()
}

fn default_language() -> String {
    "en".to_string()
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: default_title(),
            description: String::new(),
            base_url: default_base_url(),
            language: default_language(),
            edit_url: None,
            tags: Vec::new(),
        }
    }
}

impl SiteConfig {
    /// Reads `threadwise.toml` from `root`; a missing file means defaults.
    pub fn load(root: &Path) -> Result<SiteConfig, Diagnostic> {
        let path = config_path(root);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(SiteConfig::default()),
            Err(e) => return Err(Diagnostic::new(&path, 1, 1, format!("cannot read: {e}"))),
        };
        let config: SiteConfig = toml::from_str(&text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Diagnostic::at_offset(&path, &text, offset, toml_message(&e))
        })?;
        config.validate(&path, &text)?;
        Ok(config)
    }

    fn validate(&self, path: &Path, text: &str) -> Result<(), Diagnostic> {
        let mut seen = std::collections::HashSet::new();
        for tag in &self.tags {
            let at = text.find(&format!("\"{}\"", tag.slug)).unwrap_or(0);
            if !crate::content::is_slug(&tag.slug) {
                return Err(Diagnostic::at_offset(
                    path,
                    text,
                    at,
                    format!(
                        "tag slug `{}` must be lowercase letters, digits and hyphens",
                        tag.slug
                    ),
                ));
            }
            if !seen.insert(tag.slug.as_str()) {
                let second = text
                    .match_indices(&format!("\"{}\"", tag.slug))
                    .nth(1)
                    .map_or(at, |(i, _)| i);
                return Err(Diagnostic::at_offset(
                    path,
                    text,
                    second,
                    format!("tag `{}` is declared twice", tag.slug),
                ));
            }
        }
        Ok(())
    }

    /// The declared tag with this slug, if any.
    pub fn tag(&self, slug: &str) -> Option<&TagConfig> {
        self.tags.iter().find(|t| t.slug == slug)
    }
}

/// Where the config file of a site rooted at `root` lives.
pub fn config_path(root: &Path) -> PathBuf {
    if root.as_os_str().is_empty() {
        PathBuf::from(CONFIG_FILE)
    } else {
        root.join(CONFIG_FILE)
    }
}

/// The first line of a TOML error, without the snippet toml renders.
pub fn toml_message(e: &toml::de::Error) -> String {
    e.message().trim().to_string()
}
