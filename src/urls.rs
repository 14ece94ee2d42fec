//! The site's base URL: every link and asset path is built from it, so a site
//! works when served under a sub-path such as `/threadwise/`.

use thiserror::Error;

/// Why a base URL was refused.
#[derive(Debug, Error)]
#[error("invalid base URL `{url}`: {reason}")]
pub struct BaseUrlError {
    url: String,
    reason: &'static str,
}

/// An absolute `http(s)://host[:port]/path/` URL, always ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    full: String,
    path_start: usize,
}

impl BaseUrl {
    /// Parses and normalises a base URL (adds the trailing `/`).
    pub fn parse(url: &str) -> Result<BaseUrl, BaseUrlError> {
        let error = |reason| BaseUrlError {
            url: url.to_string(),
            reason,
        };
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| error("it must start with http:// or https://"))?;
        if url.contains(['?', '#', ' ', '"', '<', '>', '\'']) {
            return Err(error(
                "it must not contain a query, a fragment, quotes or spaces",
            ));
        }
        let host_len = rest.find('/').unwrap_or(rest.len());
        if host_len == 0 {
            return Err(error("it has no host"));
        }
        let mut full = url.to_string();
        if !full.ends_with('/') {
            full.push('/');
        }
        let path_start = url.len() - rest.len() + host_len;
        Ok(BaseUrl { full, path_start })
    }

    /// The path part, starting and ending with `/` (just `/` at a domain root).
    pub fn path(&self) -> &str {
        &self.full[self.path_start..]
    }

    /// The full URL, ending with `/`.
    pub fn as_str(&self) -> &str {
        &self.full
    }

    /// Root-relative link to a site path such as `tags/basics/` (no leading `/`).
    pub fn link(&self, site_path: &str) -> String {
        format!("{}{}", self.path(), site_path.trim_start_matches('/'))
    }

    /// Absolute URL of a site path, for canonical links, feeds and sitemaps.
    pub fn absolute(&self, site_path: &str) -> String {
        format!("{}{}", self.full, site_path.trim_start_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_path_is_kept_and_normalised() {
        let base = BaseUrl::parse("https://example.org/threadwise").unwrap();
        assert_eq!(base.path(), "/threadwise/");
        assert_eq!(base.link("tags/basics/"), "/threadwise/tags/basics/");
        assert_eq!(
            base.absolute("atom.xml"),
            "https://example.org/threadwise/atom.xml"
        );
    }

    #[test]
    fn domain_root_has_slash_path() {
        let base = BaseUrl::parse("http://127.0.0.1:8000").unwrap();
        assert_eq!(base.path(), "/");
        assert_eq!(base.link("/x/"), "/x/");
    }

    #[test]
    fn rejects_relative_and_odd_urls() {
        assert!(BaseUrl::parse("/threadwise/").is_err());
        assert!(BaseUrl::parse("https:///x").is_err());
        assert!(BaseUrl::parse("https://a.org/?q").is_err());
    }
}
