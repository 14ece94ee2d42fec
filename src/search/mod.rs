//! Client-side search: the builder writes one content-hashed JSON index of
//! every question, which `site/static/search.js` loads on first use.
//!
//! A hand-made index rather than Pagefind: for a site of this size it is a
//! few dozen KB, is built in milliseconds, and adds no crates to a build
//! that CI compiles twice on small machines.

pub mod index;
pub mod tokens;

pub use index::{SearchDoc, SearchIndex};

use crate::site::Site;

/// The index's source name; its file name carries the content hash.
pub const INDEX_NAME: &str = "search-index.json";

/// Indexes every question of a loaded site.
pub fn index_site(site: &Site) -> SearchIndex {
    let docs = site
        .questions
        .iter()
        .map(|q| SearchDoc {
            slug: q.slug().to_string(),
            title: q.source.title().to_string(),
            summary: q.source.summary().to_string(),
            headings: q.body.toc.iter().map(|t| t.text.clone()).collect(),
            text: q.body.plain_text.clone(),
        })
        .collect();
    SearchIndex::new(site.base.path(), docs)
}
