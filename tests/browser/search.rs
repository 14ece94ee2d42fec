//! Site search in a real browser, on the project's own questions served
//! under a sub-path. Words are picked from the built index, so the tests
//! follow the content as it grows.

use std::sync::Arc;
use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;

use crate::support::driver::Browser;
use crate::support::server::StaticServer;
use crate::support::{build_content, project_content, with_browser};
use crate::PREFIX;

/// The built index, read back from the output folder.
struct Index {
    json: Value,
    entries: Vec<(String, Vec<(u64, u64)>)>,
}

impl Index {
    fn read(site: &std::path::Path) -> Index {
        let assets = site.join("assets");
        let file = std::fs::read_dir(&assets)
            .expect("assets folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| {
                let name = p.file_name().unwrap_or_default().to_string_lossy();
                name.starts_with("search-index.") && name.ends_with(".json")
            })
            .expect("a search-index.<hash>.json asset");
        let json: Value =
            serde_json::from_slice(&std::fs::read(file).expect("read index")).expect("JSON");
        let entries = Self::parse_entries(&json);
        Index { json, entries }
    }

    fn slug(&self, doc: u64) -> String {
        self.json["docs"][doc as usize]["slug"]
            .as_str()
            .expect("slug")
            .to_string()
    }

    /// Every `(term, [(doc, score)])`.
    fn entries(&self) -> Vec<(String, Vec<(u64, u64)>)> {
        self.entries.clone()
    }

    /// The docs holding a term that starts with `prefix`.
    fn docs_with_prefix(&self, prefix: &str) -> std::collections::BTreeSet<u64> {
        self.entries
            .iter()
            .filter(|(t, _)| t.starts_with(prefix))
            .flat_map(|(_, docs)| docs.iter().map(|d| d.0))
            .collect()
    }

    fn parse_entries(json: &Value) -> Vec<(String, Vec<(u64, u64)>)> {
        let terms = json["terms"].as_array().expect("terms");
        let postings = json["postings"].as_array().expect("postings");
        terms
            .iter()
            .zip(postings)
            .map(|(t, p)| {
                let flat: Vec<u64> = p
                    .as_array()
                    .expect("posting list")
                    .iter()
                    .map(|n| n.as_u64().expect("number"))
                    .collect();
                let pairs = flat.chunks_exact(2).map(|c| (c[0], c[1])).collect();
                (t.as_str().expect("term").to_string(), pairs)
            })
            .collect()
    }

    /// No other term starts with `term` (so prefix matching adds nothing).
    fn is_not_a_prefix(&self, term: &str) -> bool {
        self.entries
            .iter()
            .filter(|(t, _)| t.starts_with(term))
            .count()
            == 1
    }
}

async fn serve_project() -> (StaticServer, tempfile::TempDir) {
    let (listener, addr) = StaticServer::bind().await;
    let site = build_content(&project_content(), &format!("http://{addr}{PREFIX}"));
    let server = StaticServer::serve(listener, site.path().to_path_buf(), PREFIX);
    (server, site)
}

/// Types into whatever has focus, as a keyboard would.
async fn type_keys(browser: &Browser, text: &str) {
    let mut actions = KeyActions::new("keyboard".to_string());
    for c in text.chars() {
        actions = actions
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    browser
        .client
        .perform_actions(actions)
        .await
        .expect("type keys");
}

fn key(k: Key) -> String {
    char::from(k).to_string()
}

/// Focuses the search box with `/`, as a reader would, and types `query`.
async fn search_for(browser: &Browser, query: &str) {
    type_keys(browser, "/").await;
    let focused = browser
        .js(
            "return document.activeElement && document.activeElement.id",
            vec![],
        )
        .await;
    assert_eq!(focused, "tw-search", "`/` focuses the search box");
    type_keys(browser, query).await;
}

/// Waits for the results of `query` and returns the status line and each
/// result as `{href, title, marks}`.
async fn results(browser: &Browser, query: &str) -> (String, Vec<Value>) {
    let script = format!(
        r#"
        const box = document.querySelector("[data-search]");
        const input = box.querySelector("input");
        if (!("ready" in box.dataset) || input.value !== {query}) return null;
        const panel = box.querySelector(".search-panel");
        if (panel.hidden) return null;
        return {{
            status: box.querySelector(".search-status").textContent,
            results: [...box.querySelectorAll("[role=option]")].map((o) => ({{
                href: o.querySelector("a").getAttribute("href"),
                title: o.querySelector(".search-title").textContent,
                snippet: o.querySelector(".search-snippet").textContent,
                marks: [...o.querySelectorAll("mark")].map((m) => m.textContent),
                tags: [...o.querySelectorAll("a *")].map((e) => e.tagName),
            }})),
        }};
        "#,
        query = serde_json::to_string(query).expect("JSON string")
    );
    let value = browser
        .wait_until(&script, Duration::from_secs(15), "search results")
        .await;
    let status = value["status"].as_str().unwrap_or_default().to_string();
    let list = value["results"].as_array().cloned().unwrap_or_default();
    (status, list)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_word_from_one_answer_finds_that_question_first() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, site) = serve_project().await;
        let index = Index::read(site.path());
        // A word that only one question's body uses, and nothing else.
        let (word, doc) = index
            .entries()
            .into_iter()
            .find(|(t, docs)| {
                t.len() >= 6
                    && t.chars().all(|c| c.is_ascii_lowercase())
                    && docs.len() == 1
                    && docs[0].1 < 10
                    && index.is_not_a_prefix(t)
                    && index.docs_with_prefix(&t[..t.len() - 2]).len() == 1
            })
            .map(|(t, docs)| (t, docs[0].0))
            .expect("some word appears in a single answer");
        let slug = index.slug(doc);
        browser.goto(&server.url(PREFIX, "tags/")).await;
        search_for(&browser, &word).await;
        let (status, found) = results(&browser, &word).await;
        assert_eq!(status, "1 question", "{word}");
        assert_eq!(found.len(), 1);
        let first = &found[0];
        assert_eq!(first["href"], format!("{PREFIX}{slug}/"), "{word}");
        let marks: Vec<String> = serde_json::from_value(first["marks"].clone()).expect("marks");
        assert!(
            marks.iter().any(|m| m.to_lowercase() == word),
            "the snippet marks {word}: {marks:?} in {}",
            first["snippet"]
        );
        // Results are built from text nodes: only our own spans and marks.
        let tags: Vec<String> = serde_json::from_value(first["tags"].clone()).expect("tags");
        assert!(tags.iter().all(|t| t == "SPAN" || t == "MARK"), "{tags:?}");
        // The index came from under the sub-path, once.
        let fetched: Vec<_> = server
            .requests()
            .into_iter()
            .filter(|r| r.path.contains("search-index."))
            .collect();
        assert!(
            !fetched.is_empty()
                && fetched
                    .iter()
                    .all(|r| r.path.starts_with(PREFIX) && r.status == 200)
        );

        // A prefix of the word (which starts words of that question only)
        // finds it too.
        let prefix = &word[..word.len() - 2];
        type_keys(&browser, &key(Key::Backspace).repeat(2)).await;
        let (status, found) = results(&browser, prefix).await;
        assert_eq!(status, "1 question", "{prefix}");
        assert_eq!(found[0]["href"], format!("{PREFIX}{slug}/"), "{prefix}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_title_match_ranks_above_body_matches() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, site) = serve_project().await;
        let index = Index::read(site.path());
        // A word in exactly one title that other questions only mention in
        // their bodies.
        let (word, title_doc) = index
            .entries()
            .into_iter()
            .find(|(t, docs)| {
                t.len() >= 4
                    && t.chars().all(|c| c.is_ascii_lowercase())
                    && index.is_not_a_prefix(t)
                    && docs.iter().filter(|d| d.1 >= 1000).count() == 1
                    && docs.iter().filter(|d| d.1 < 10).count() >= 2
            })
            .map(|(t, docs)| {
                let doc = docs.iter().find(|d| d.1 >= 1000).map(|d| d.0).unwrap_or(0);
                (t, doc)
            })
            .expect("a word in one title and in other bodies");
        browser.goto(&server.url(PREFIX, "")).await;
        search_for(&browser, &word).await;
        let (_, found) = results(&browser, &word).await;
        assert!(found.len() >= 3, "{word}: {found:?}");
        assert_eq!(
            found[0]["href"],
            format!("{PREFIX}{}/", index.slug(title_doc)),
            "{word}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_word_in_no_answer_says_so() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_project().await;
        browser.goto(&server.url(PREFIX, "playground/")).await;
        search_for(&browser, "zqxjvw").await;
        let (status, found) = results(&browser, "zqxjvw").await;
        assert!(found.is_empty());
        assert_eq!(status, "No question mentions “zqxjvw”.");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arrow_keys_choose_a_result_enter_opens_it_escape_closes() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_project().await;
        browser.goto(&server.url(PREFIX, "")).await;
        search_for(&browser, "lock").await;
        let (_, found) = results(&browser, "lock").await;
        assert!(found.len() >= 3, "lock finds several questions");
        let selected = || async {
            browser.js(r#"const s = [...document.querySelectorAll("[role=option]")]
                         .findIndex((o) => o.getAttribute("aria-selected") === "true");
                       const input = document.getElementById("tw-search");
                       return [s, input.getAttribute("aria-activedescendant")];"#, vec![]).await
        };
        type_keys(&browser, &key(Key::Down)).await;
        assert_eq!(selected().await, serde_json::json!([0, "tw-search-result-0"]));
        type_keys(&browser, &(key(Key::Down) + &key(Key::Down))).await;
        assert_eq!(selected().await, serde_json::json!([2, "tw-search-result-2"]));
        type_keys(&browser, &key(Key::Up)).await;
        assert_eq!(selected().await, serde_json::json!([1, "tw-search-result-1"]));

        // Escape closes the results and keeps the query.
        type_keys(&browser, &key(Key::Escape)).await;
        let closed = browser.js("return [document.querySelector('.search-panel').hidden, document.getElementById('tw-search').value]", vec![]).await;
        assert_eq!(closed, serde_json::json!([true, "lock"]));

        // Down reopens them; Enter opens the chosen question.
        type_keys(&browser, &(key(Key::Down) + &key(Key::Down))).await;
        assert_eq!(selected().await[0], 1);
        let target = found[1]["href"].as_str().expect("href").to_string();
        type_keys(&browser, &key(Key::Enter)).await;
        let url = browser
            .wait_until(
                &format!(
                    "return location.pathname === {} && location.pathname",
                    serde_json::to_string(&target).expect("JSON")
                ),
                Duration::from_secs(10),
                "Enter to open the second result",
            )
            .await;
        assert_eq!(url, target);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_in_a_text_field_types_a_slash() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_project().await;
        browser.goto(&server.url(PREFIX, "")).await;
        search_for(&browser, "a/b").await;
        let value = browser
            .js("return document.getElementById('tw-search').value", vec![])
            .await;
        assert_eq!(value, "a/b", "inside the box, `/` is just a character");
    })
    .await;
}

/// Not an assertion on speed (timings on shared machines vary): prints the
/// index size and query times for the report.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn measure_index_size_and_query_time() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, site) = serve_project().await;
        let index = Index::read(site.path());
        let raw = serde_json::to_vec(&index.json).expect("JSON").len();
        browser.goto(&server.url(PREFIX, "")).await;
        search_for(&browser, "x").await;
        browser
            .wait_until(
                "return 'ready' in document.querySelector('[data-search]').dataset",
                Duration::from_secs(15),
                "the index to load",
            )
            .await;
        let times = browser.js(r#"const input = document.getElementById("tw-search");
                   const box = document.querySelector("[data-search]");
                   const out = {};
                   for (const q of ["thread", "local", "lock timeout", "daemon thread exit", "th", "queue producer consumer"]) {
                     const runs = [];
                     const shown = [];
                     for (let i = 0; i < 20; i++) {
                       input.value = q;
                       const started = performance.now();
                       input.dispatchEvent(new Event("input"));
                       shown.push(performance.now() - started);
                       runs.push(Number(box.dataset.lastQueryMs));
                     }
                     runs.sort((a, b) => a - b);
                     shown.sort((a, b) => a - b);
                     out[q] = { search_median_ms: runs[10], search_max_ms: runs[19],
                                with_results_shown_median_ms: shown[10],
                                results: box.querySelectorAll("[role=option]").length };
                   }
                   out.index_load_ms = Number(box.dataset.loadMs);
                   return out;"#, vec![]).await;
        println!("search index: {raw} bytes of JSON; query times: {times}");
        assert!(times.as_object().is_some_and(|o| o.len() == 7));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queries_split_into_the_same_terms_as_the_index() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_project().await;
        browser.goto(&server.url(PREFIX, "")).await;
        let text = "Why does threading.local() work? __init__ and current_thread, \
                    MAX_WORKERS in Python 3.11 — Ünïcode naïve ÉTAT x_y_z the a to";
        let stop: Vec<&str> = threadwise::search::tokens::STOP_WORDS.to_vec();
        let words = browser
            .js(
                r#"const src = document.querySelector("script[src*='/search.']").src;
                   const [text, stop] = [arguments[0], arguments[1]];
                   return import(src).then((m) =>
                     m.search({ terms: [], postings: [], stopSet: new Set(stop) }, text).words);"#,
                vec![text.into(), serde_json::to_value(&stop).expect("JSON")],
            )
            .await;
        let from_js: Vec<String> = serde_json::from_value(words).expect("strings");
        let mut from_rust: Vec<String> = Vec::new();
        for term in threadwise::search::tokens::terms(text) {
            if !from_rust.contains(&term) {
                from_rust.push(term);
            }
        }
        assert_eq!(from_js, from_rust);
    })
    .await;
}
