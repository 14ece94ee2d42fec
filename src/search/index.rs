//! The search index: every question's searchable text and a sorted term
//! list with, per term, the questions that hold it and how well.

use std::collections::HashMap;

use serde::Serialize;

use super::tokens::{for_each_term, STOP_WORDS};

/// Version of the JSON layout, so `search.js` can refuse one it cannot read.
pub const FORMAT_VERSION: u32 = 1;

/// Counts per field are capped at this, so each field is one decimal digit
/// of the score and a better field always outranks any number of hits in
/// a lesser one.
const FIELD_CAP: u32 = 9;

/// Where a term was found, best first. The score of a term in a question is
/// the four capped counts read as one decimal number: title, headings,
/// summary, body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The question itself.
    Title,
    /// Section headings of the answer.
    Heading,
    /// The one-sentence answer.
    Summary,
    /// The answer's prose.
    Body,
}

impl Field {
    fn weight(self) -> u32 {
        match self {
            Field::Title => 1000,
            Field::Heading => 100,
            Field::Summary => 10,
            Field::Body => 1,
        }
    }
}

/// One question's text, as shown in results and searched for snippets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchDoc {
    /// Its folder under the base path.
    pub slug: String,
    /// The question.
    pub title: String,
    /// The one-sentence answer.
    pub summary: String,
    /// Section headings.
    pub headings: Vec<String>,
    /// The prose, code blocks left out.
    pub text: String,
}

/// The whole index, as written to `search-index.<hash>.json`.
#[derive(Debug, Clone, Serialize)]
pub struct SearchIndex {
    /// [`FORMAT_VERSION`].
    pub version: u32,
    /// The site's base path, e.g. `/threadwise/`; a result's URL is this
    /// plus its slug and `/`.
    pub base: String,
    /// Words queries skip.
    pub stop: Vec<&'static str>,
    /// Every question, in reading order.
    pub docs: Vec<SearchDoc>,
    /// Every term, sorted, so prefixes are found by binary search.
    pub terms: Vec<String>,
    /// For each term, flat `[doc, score, doc, score, ...]`.
    pub postings: Vec<Vec<u32>>,
}

impl SearchIndex {
    /// Indexes `docs` for a site served at `base`.
    pub fn new(base: &str, docs: Vec<SearchDoc>) -> SearchIndex {
        let per_doc = scores_of_all(&docs);
        // term -> flat [doc, score, ...]; docs are visited in order, so
        // each list comes out sorted by doc.
        let mut table: HashMap<String, Vec<u32>> = HashMap::new();
        for (number, scores) in (0u32..).zip(per_doc) {
            for (term, score) in scores {
                table.entry(term).or_default().extend([number, score]);
            }
        }
        let mut entries: Vec<(String, Vec<u32>)> = table.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (terms, postings) = entries.into_iter().unzip();
        SearchIndex {
            version: FORMAT_VERSION,
            base: base.to_string(),
            stop: STOP_WORDS.to_vec(),
            docs,
            terms,
            postings,
        }
    }

    /// The score of `term` (exact) in doc number `doc`, 0 when absent.
    pub fn score(&self, term: &str, doc: u32) -> u32 {
        let Ok(at) = self.terms.binary_search_by(|t| t.as_str().cmp(term)) else {
            return 0;
        };
        self.postings[at]
            .chunks_exact(2)
            .find(|pair| pair[0] == doc)
            .map_or(0, |pair| pair[1])
    }

    /// Compact JSON: the file the browser downloads.
    pub fn to_json(&self) -> Vec<u8> {
        // Only strings and integers: serialising cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// Each document's `(term, score)` pairs, on all cores: tokenising is most
/// of the indexing work on large sites.
fn scores_of_all(docs: &[SearchDoc]) -> Vec<Vec<(String, u32)>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || docs.len() < 64 {
        return docs.iter().map(scores_of).collect();
    }
    let chunk = docs.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = docs
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(scores_of).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// One document's terms with their scores (see [`Field`]).
fn scores_of(doc: &SearchDoc) -> Vec<(String, u32)> {
    let mut counts: HashMap<String, [u32; 4]> = HashMap::new();
    let mut count = |text: &str, field: Field| {
        for_each_term(text, |term| {
            let fields = match counts.get_mut(term) {
                Some(fields) => fields,
                None => counts.entry(term.to_string()).or_default(),
            };
            let slot = &mut fields[field as usize];
            *slot = (*slot + 1).min(FIELD_CAP);
        });
    };
    count(&doc.title, Field::Title);
    for heading in &doc.headings {
        count(heading, Field::Heading);
    }
    count(&doc.summary, Field::Summary);
    count(&doc.text, Field::Body);
    counts
        .into_iter()
        .map(|(term, fields)| {
            let score = [Field::Title, Field::Heading, Field::Summary, Field::Body]
                .iter()
                .map(|&f| fields[f as usize] * f.weight())
                .sum();
            (term, score)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(slug: &str, title: &str, summary: &str, headings: &[&str], text: &str) -> SearchDoc {
        SearchDoc {
            slug: slug.into(),
            title: title.into(),
            summary: summary.into(),
            headings: headings.iter().map(|h| h.to_string()).collect(),
            text: text.into(),
        }
    }

    fn sample() -> SearchIndex {
        SearchIndex::new(
            "/threadwise/",
            vec![
                doc(
                    "in-title",
                    "What is a semaphore?",
                    "Counts.",
                    &[],
                    "Plain words.",
                ),
                doc(
                    "in-heading",
                    "Limits",
                    "Caps.",
                    &["A semaphore"],
                    "Other words.",
                ),
                doc(
                    "in-summary",
                    "Pools",
                    "Use a semaphore.",
                    &[],
                    "More words.",
                ),
                doc(
                    "in-body",
                    "Queues",
                    "Hand over.",
                    &[],
                    "semaphore semaphore semaphore semaphore semaphore semaphore \
                     semaphore semaphore semaphore semaphore semaphore semaphore",
                ),
            ],
        )
    }

    #[test]
    fn title_beats_heading_beats_summary_beats_any_body_count() {
        let index = sample();
        let scores: Vec<u32> = (0..4).map(|d| index.score("semaphore", d)).collect();
        assert_eq!(scores, [1000, 100, 10, 9]);
    }

    #[test]
    fn terms_are_sorted_and_unique_with_one_posting_list_each() {
        let index = sample();
        assert!(index.terms.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(index.terms.len(), index.postings.len());
        assert!(index
            .postings
            .iter()
            .all(|p| !p.is_empty() && p.len() % 2 == 0));
    }

    #[test]
    fn a_term_in_several_fields_adds_up() {
        let index = SearchIndex::new(
            "/",
            vec![doc(
                "x",
                "Lock it",
                "A lock.",
                &["Lock", "lock again"],
                "lock",
            )],
        );
        assert_eq!(index.score("lock", 0), 1000 + 200 + 10 + 1);
        assert_eq!(index.score("absent", 0), 0);
    }

    #[test]
    fn many_documents_index_the_same_as_few() {
        // Past 64 documents the scores are counted on several threads.
        let many: Vec<SearchDoc> = (0..150)
            .map(|i| {
                doc(
                    &format!("q{i}"),
                    &format!("Title {i}"),
                    "Sum.",
                    &[],
                    &format!("word{} common", i % 7),
                )
            })
            .collect();
        let index = SearchIndex::new("/", many.clone());
        for (i, d) in (0u32..).zip(&many) {
            let serial = scores_of(d);
            for (term, score) in serial {
                assert_eq!(index.score(&term, i), score, "{term} in {i}");
            }
        }
        let common = index.terms.binary_search(&"common".to_string()).unwrap();
        let docs: Vec<u32> = index.postings[common].iter().step_by(2).copied().collect();
        assert_eq!(docs, (0..150).collect::<Vec<u32>>());
    }

    #[test]
    fn json_carries_docs_terms_and_stop_words() {
        let json: serde_json::Value = serde_json::from_slice(&sample().to_json()).unwrap();
        assert_eq!(json["version"], FORMAT_VERSION);
        assert_eq!(json["base"], "/threadwise/");
        assert_eq!(json["docs"][1]["headings"][0], "A semaphore");
        assert!(json["stop"].as_array().unwrap().iter().any(|w| w == "the"));
        let terms = json["terms"].as_array().unwrap();
        let at = terms.iter().position(|t| t == "semaphore").unwrap();
        assert_eq!(
            json["postings"][at],
            serde_json::json!([0, 1000, 1, 100, 2, 10, 3, 9])
        );
    }
}
