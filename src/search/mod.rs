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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::site::SiteSource;

    fn fixture() -> Site {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site/content");
        Site::load(&SiteSource {
            content_dir: content,
            base_url: Some("https://example.org/threadwise/".into()),
        })
        .expect("the fixture loads")
    }

    #[test]
    fn indexes_every_question_in_reading_order_under_the_base_path() {
        let site = fixture();
        let index = index_site(&site);
        assert_eq!(index.base, "/threadwise/");
        let slugs: Vec<&str> = index.docs.iter().map(|d| d.slug.as_str()).collect();
        let expected: Vec<&str> = site.questions.iter().map(|q| q.slug()).collect();
        assert_eq!(slugs, expected);
        let doc = &index.docs[slugs
            .iter()
            .position(|s| *s == "thread-local-values")
            .unwrap()];
        assert_eq!(doc.title, "How do I give each thread its own value?");
        assert_eq!(doc.headings, ["Each thread, its own"]);
    }

    #[test]
    fn code_blocks_and_outputs_stay_out_of_the_index() {
        let index = index_site(&fixture());
        // `hasattr` and `args` appear only inside a runnable example, and
        // `markup` only in an output block.
        for code_only in ["hasattr", "args", "markup"] {
            assert!(
                index.terms.binary_search(&code_only.to_string()).is_err(),
                "{code_only} was indexed"
            );
            assert!(index.docs.iter().all(|d| !d.text.contains(code_only)));
        }
        // Prose and inline code are in.
        assert!(index.terms.binary_search(&"stands".to_string()).is_ok());
    }

    #[test]
    fn a_title_word_scores_as_a_title_word() {
        let site = fixture();
        let index = index_site(&site);
        let locks = index.docs.iter().position(|d| d.slug == "locks").unwrap() as u32;
        assert!(index.score("lock", locks) >= 1000);
    }
}
