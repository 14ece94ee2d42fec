//! Page-weight and rendering budgets for question pages, measured in
//! headless Chromium on the project's own questions:
//! - HTML + CSS + JS (everything the page and its playground worker load,
//!   except the wasm) at most 60 KB gzipped;
//! - no layout shift once the playground has enhanced its blocks;
//! - one render-blocking request: the stylesheet.
//!
//! Each measured page gets a fresh origin (its own server and build), so no
//! service worker or cache from an earlier page hides a request.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use crate::support::driver::Browser;
use crate::support::server::StaticServer;
use crate::support::{build_content, project_content, with_browser};
use crate::{wait_for_engine, PREFIX};

/// The gzipped budget per question page.
const BUDGET_BYTES: u64 = 60 * 1024;

/// Question slugs of the built project site, with their HTML size and
/// whether they have a playground.
fn question_pages(site: &Path) -> Vec<(String, u64, bool)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(project_content()).expect("content") {
        let path = entry.expect("entry").path();
        let Some(slug) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().and_then(|e| e.to_str()) != Some("md") || slug == "README" {
            continue;
        }
        let html = std::fs::read_to_string(site.join(slug).join("index.html")).expect("page");
        out.push((
            slug.to_string(),
            html.len() as u64,
            html.contains("data-playground"),
        ));
    }
    out
}

/// Opens `slug` on a fresh origin and lets the playground settle.
async fn open_fresh(browser: &Browser, slug: &str) -> (StaticServer, tempfile::TempDir) {
    let (listener, addr) = StaticServer::bind().await;
    let site = build_content(&project_content(), &format!("http://{addr}{PREFIX}"));
    let server = StaticServer::serve(listener, site.path().to_path_buf(), PREFIX);
    browser.goto(&server.url(PREFIX, &format!("{slug}/"))).await;
    let has_playground = browser
        .js(
            "return document.querySelector('[data-playground]') !== null",
            vec![],
        )
        .await;
    if has_playground == Value::Bool(true) {
        wait_for_engine(browser).await;
    }
    // Let late layout work (fonts, the status lines) land.
    tokio::time::sleep(Duration::from_millis(800)).await;
    (server, site)
}

/// Gzipped size of each path, compressed by the browser itself.
async fn gzipped(browser: &Browser, paths: &[String]) -> BTreeMap<String, u64> {
    let value = browser.js(r#"return Promise.all(arguments[0].map((p) =>
                 fetch(p, { cache: "no-store" })
                   .then((r) => new Response(r.body.pipeThrough(new CompressionStream("gzip"))).arrayBuffer())
                   .then((b) => [p, b.byteLength])));"#, vec![serde_json::to_value(paths).expect("JSON")]).await;
    let pairs: Vec<(String, u64)> = serde_json::from_value(value).expect("pairs");
    pairs.into_iter().collect()
}

/// What the page and its workers fetched, less fetch() calls and the
/// service worker's precaching (`Sec-Fetch-Dest: empty`, which covers
/// the wasm, the search index loaded on first search, and offline copies).
fn page_resources(server: &StaticServer) -> Vec<String> {
    let mut paths: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|r| r.status == 200 && r.dest != "empty" && !r.path.ends_with(".wasm"))
        .map(|r| r.path)
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn question_pages_weigh_at_most_60_kb_gzipped() {
    with_browser(|browser: Arc<Browser>| async move {
        let probe = build_content(&project_content(), "http://127.0.0.1/threadwise/");
        let pages = question_pages(probe.path());
        // The heaviest page of each kind is measured in full.
        let heaviest = |playground: bool| {
            pages
                .iter()
                .filter(|p| p.2 == playground)
                .max_by_key(|p| p.1)
                .map(|p| p.0.clone())
        };
        let mut shared: BTreeMap<bool, u64> = BTreeMap::new();
        for kind in [true, false] {
            let Some(slug) = heaviest(kind) else { continue };
            let (server, _site) = open_fresh(&browser, &slug).await;
            let resources = page_resources(&server);
            let sizes = gzipped(&browser, &resources).await;
            let total: u64 = sizes.values().sum();
            println!("{slug} (playground: {kind}): {total} bytes gzipped: {sizes:?}");
            let html_path = format!("{PREFIX}{slug}/");
            assert!(sizes.contains_key(&html_path), "the page itself: {sizes:?}");
            assert!(sizes.keys().any(|p| p.ends_with(".css")), "{sizes:?}");
            if kind {
                for stem in ["playground.", "worker.", "threadwise_playground."] {
                    assert!(
                        sizes.keys().any(|p| p.contains(&format!("/assets/{stem}"))),
                        "{stem}js is counted: {sizes:?}"
                    );
                }
            }
            assert!(
                total <= BUDGET_BYTES,
                "{slug}: {total} bytes gzipped is over the {BUDGET_BYTES}-byte budget: {sizes:?}"
            );
            shared.insert(kind, total - sizes[&html_path]);
        }
        // Every other page: its own HTML plus what pages of its kind share.
        let (server, _site) = open_fresh(&browser, "").await;
        let paths: Vec<String> = pages.iter().map(|p| format!("{PREFIX}{}/", p.0)).collect();
        let html = gzipped(&browser, &paths).await;
        let mut worst = (String::new(), 0);
        for (slug, _, kind) in &pages {
            let total = html[&format!("{PREFIX}{slug}/")] + shared.get(kind).copied().unwrap_or(0);
            assert!(total <= BUDGET_BYTES, "{slug}: {total} bytes gzipped");
            if total > worst.1 {
                worst = (slug.clone(), total);
            }
        }
        drop(server);
        println!(
            "{} question pages within {BUDGET_BYTES} bytes; heaviest {} at {} bytes",
            pages.len(),
            worst.0,
            worst.1
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_layout_shift_and_only_the_stylesheet_blocks_rendering() {
    with_browser(|browser: Arc<Browser>| async move {
        let probe = build_content(&project_content(), "http://127.0.0.1/threadwise/");
        let pages = question_pages(probe.path());
        let mut slugs: Vec<String> = pages
            .iter()
            .filter(|p| p.2)
            .take(2)
            .map(|p| p.0.clone())
            .collect();
        slugs.extend(pages.iter().filter(|p| !p.2).take(1).map(|p| p.0.clone()));
        slugs.push(String::new());
        assert!(slugs.len() >= 3, "pages with and without playgrounds: {slugs:?}");
        for slug in slugs {
            let (_server, _site) = open_fresh(&browser, &slug).await;
            let report = browser.js(r#"return new Promise((resolve) => {
                         const shifts = [];
                         new PerformanceObserver((list) => {
                           for (const e of list.getEntries()) {
                             if (!e.hadRecentInput) shifts.push({ value: e.value,
                               sources: (e.sources || []).map((s) => [s.node ? (s.node.className || s.node.nodeName) : "?", JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)]), t: e.startTime });
                           }
                         }).observe({ type: "layout-shift", buffered: true });
                         setTimeout(() => resolve({
                           shifts,
                           blocking: performance.getEntriesByType("resource")
                             .filter((e) => e.renderBlockingStatus === "blocking").map((e) => e.name),
                           stylesheets: document.querySelectorAll("link[rel=stylesheet]").length,
                           classicScripts: [...document.querySelectorAll("script[src]")]
                             .filter((s) => s.type !== "module" && !s.defer && !s.async).map((s) => s.src),
                         }), 300);
                       });"#, vec![]).await;
            let shifts = report["shifts"].as_array().cloned().unwrap_or_default();
            let total: f64 = shifts.iter().filter_map(|s| s["value"].as_f64()).sum();
            assert!(total == 0.0, "/{slug}: layout shift {total}: {shifts:?}");
            let blocking: Vec<String> =
                serde_json::from_value(report["blocking"].clone()).expect("names");
            assert_eq!(blocking.len(), 1, "/{slug}: render-blocking {blocking:?}");
            assert!(blocking[0].ends_with(".css"), "{blocking:?}");
            assert_eq!(report["stylesheets"], 1, "/{slug}");
            assert_eq!(report["classicScripts"], serde_json::json!([]), "/{slug}");
        }
    })
    .await;
}
