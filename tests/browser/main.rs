//! Real-browser tests: the built site in headless Chromium, served from a
//! plain static server under a sub-path, as a static host would.

mod budget;
mod crawl;
mod offline;
mod playground;
mod search;
mod support;

use std::sync::Arc;
use std::time::Duration;

use support::driver::Browser;
use support::server::StaticServer;
use support::{build_content, build_site, engine_version, project_content, with_browser};

pub(crate) const PREFIX: &str = "/threadwise/";

/// Builds the fixture for the server's address and serves it under PREFIX.
pub(crate) async fn serve_fixture() -> (StaticServer, tempfile::TempDir) {
    let (listener, addr) = StaticServer::bind().await;
    let site = build_site(&format!("http://{addr}{PREFIX}"));
    let server = StaticServer::serve(listener, site.path().to_path_buf(), PREFIX);
    (server, site)
}

/// Waits until every playground on the page reports the engine ready.
pub(crate) async fn wait_for_engine(browser: &Browser) -> String {
    let script = r#"
        const blocks = [...document.querySelectorAll("[data-playground]")];
        if (blocks.length === 0) return "no playgrounds";
        const failed = blocks.find((b) => b.dataset.state === "failed");
        if (failed) return "failed: " + failed.textContent;
        if (!blocks.every((b) => b.dataset.state === "ready")) return null;
        return blocks[0].dataset.engineVersion || null;
    "#;
    let value = browser
        .wait_until(
            script,
            Duration::from_secs(30),
            "the playground worker to report ready",
        )
        .await;
    value.as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn worker_loads_the_wasm_and_reports_the_engine_version() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_fixture().await;
        browser.goto(&server.url(PREFIX, "what-is-a-thread/")).await;
        let version = wait_for_engine(&browser).await;
        assert_eq!(version, engine_version());
        let status = browser.js("return [...document.querySelectorAll('.playground-status')].map((s) => s.textContent)", vec![]).await;
        let status: Vec<String> = serde_json::from_value(status).expect("strings");
        assert_eq!(status.len(), 2, "one status per playground");
        for text in status {
            assert!(text.contains(&engine_version()), "{text}");
        }
        // The worker fetched the wasm with the right media type.
        let wasm = server
            .requests()
            .into_iter()
            .find(|r| r.path.ends_with(".wasm"))
            .expect("the wasm was requested");
        assert_eq!((wasm.status, wasm.content_type.as_str()), (200, "application/wasm"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn site_under_a_sub_path_loads_every_asset() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_fixture().await;
        for page in [
            "",
            "what-is-a-thread/",
            "tags/",
            "tags/basics/",
            "playground/",
        ] {
            browser.goto(&server.url(PREFIX, page)).await;
            if page == "what-is-a-thread/" || page == "playground/" {
                wait_for_engine(&browser).await;
            }
            // The stylesheet applied: the skip link is moved off-screen by it.
            let styled = browser
                .js(
                    "return getComputedStyle(document.querySelector('.skip-link')).position",
                    vec![],
                )
                .await;
            assert_eq!(styled, "absolute", "{page}: the stylesheet did not apply");
        }
        let requests = server.requests();
        let failed: Vec<_> = requests.iter().filter(|r| r.status != 200).collect();
        assert!(failed.is_empty(), "requests that failed: {failed:?}");
        for r in &requests {
            assert!(
                r.path.starts_with(PREFIX),
                "request outside the sub-path: {}",
                r.path
            );
        }
        for (stem, ext) in [
            ("style.", ".css"),
            ("site.", ".js"),
            ("playground.", ".js"),
            ("worker.", ".js"),
            ("threadwise_playground.", ".js"),
            ("threadwise_playground_bg.", ".wasm"),
            ("icon.", ".svg"),
        ] {
            let prefix = format!("{PREFIX}assets/{stem}");
            assert!(
                requests
                    .iter()
                    .any(|r| r.path.starts_with(&prefix) && r.path.ends_with(ext)),
                "{stem}*{ext} was never requested: {requests:?}"
            );
        }
        // A missing page gets the site's own 404 page, styled from the sub-path.
        browser.goto(&server.url(PREFIX, "no/such/page/")).await;
        let title = browser.client.title().await.expect("title");
        assert!(title.starts_with("Page not found"), "{title}");
        let css_ok = server
            .requests()
            .iter()
            .filter(|r| r.path.ends_with(".css"))
            .all(|r| r.status == 200);
        assert!(css_ok);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_log_no_console_errors() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_fixture().await;
        let pages = [
            "",
            "what-is-a-thread/",
            "thread-local-values/",
            "locks/",
            "tags/",
            "tags/async/",
            "playground/",
        ];
        for page in pages {
            browser.goto(&server.url(PREFIX, page)).await;
            if browser
                .js(
                    "return document.querySelector('[data-playground]') !== null",
                    vec![],
                )
                .await
                == serde_json::Value::Bool(true)
            {
                wait_for_engine(&browser).await;
            }
            let errors: Vec<String> = browser
                .take_log()
                .await
                .into_iter()
                .filter(|e| e.level == "SEVERE" || e.level == "WARNING")
                .map(|e| format!("{}: {}", e.level, e.message))
                .collect();
            assert!(errors.is_empty(), "{page}: console errors {errors:?}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn theme_toggle_switches_and_is_remembered() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_fixture().await;
        let client = &browser.client;
        browser.goto(&server.url(PREFIX, "")).await;
        const THEME: &str = "return document.documentElement.dataset.theme";
        const BACKGROUND: &str = "return getComputedStyle(document.body).backgroundColor";
        let before = browser
            .js(
                "return document.documentElement.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')",
                vec![],
            )
            .await;
        let toggle = client
            .find(fantoccini::Locator::Css("[data-theme-toggle]"))
            .await
            .expect("toggle");
        assert!(toggle.is_displayed().await.expect("visible"), "the toggle shows with JS");
        toggle.click().await.expect("click");
        let after = browser.js(THEME, vec![]).await;
        assert_ne!(before, after);
        let toggled_bg = browser.js(BACKGROUND, vec![]).await;
        client.refresh().await.expect("reload");
        let remembered = browser.js(THEME, vec![]).await;
        assert_eq!(remembered, after, "the choice survives a reload");
        assert_eq!(browser.js(BACKGROUND, vec![]).await, toggled_bg);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_fits_a_360_px_phone_screen() {
    with_browser(|browser: Arc<Browser>| async move {
        let (listener, addr) = StaticServer::bind().await;
        let base = format!("http://{addr}{PREFIX}");
        let site = build_content(&project_content(), &base);
        let server = StaticServer::serve(listener, site.path().to_path_buf(), PREFIX);
        let sitemap = std::fs::read_to_string(site.path().join("sitemap.xml")).expect("sitemap");
        let pages: Vec<&str> = sitemap
            .split("<loc>")
            .skip(1)
            .filter_map(|s| s.split("</loc>").next())
            .collect();
        assert!(pages.len() > 30, "sitemap lists {} pages", pages.len());
        browser.emulate_phone_width(Some(360)).await;
        let mut too_wide = Vec::new();
        for page in &pages {
            let path = page.strip_prefix(base.as_str()).unwrap_or(page);
            browser.goto(&server.url(PREFIX, path)).await;
            // Code blocks scroll inside themselves; the page itself must not.
            let width = browser
                .js("return document.documentElement.scrollWidth", vec![])
                .await;
            if width.as_u64().unwrap_or(u64::MAX) > 360 {
                too_wide.push(format!("{path}: {width} px"));
            }
        }
        browser.emulate_phone_width(None).await;
        assert!(too_wide.is_empty(), "wider than the screen: {too_wide:?}");
    })
    .await;
}
