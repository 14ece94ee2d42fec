//! Offline reading: the service worker saves the pages a reader has seen and
//! precaches the playground, so with the host gone a seen page still opens
//! and its examples' engine still starts; a new deploy replaces the cache.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use threadwise::assets::ThemeSource;
use threadwise::site::SiteSource;

use crate::support::driver::Browser;
use crate::support::fixture_content;
use crate::support::server::StaticServer;
use crate::support::with_browser;
use crate::{serve_fixture, wait_for_engine, PREFIX};

/// Waits until the service worker controls the page and has saved it.
async fn wait_until_saved(browser: &Browser) {
    browser
        .wait_until(
            r#"if (!navigator.serviceWorker.controller) return false;
               return caches.match(location.href).then((r) => !!r);"#,
            Duration::from_secs(30),
            "the service worker to control the page and save it",
        )
        .await;
}

/// This scope's cache names.
async fn cache_names(browser: &Browser) -> Vec<String> {
    let value = browser
        .js(
            "return caches.keys().then((k) => k.filter((n) => n.startsWith('threadwise:')))",
            vec![],
        )
        .await;
    serde_json::from_value(value).expect("strings")
}

async fn stylesheet_applies(browser: &Browser) -> bool {
    browser
        .js(
            "return getComputedStyle(document.querySelector('.skip-link')).position",
            vec![],
        )
        .await
        == "absolute"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seen_page_reopens_and_its_engine_starts_with_the_host_gone() {
    with_browser(|browser: Arc<Browser>| async move {
        let (server, _site) = serve_fixture().await;
        let page = server.url(PREFIX, "what-is-a-thread/");
        browser.goto(&page).await;
        wait_for_engine(&browser).await;
        wait_until_saved(&browser).await;
        // The worker registered from the site root, under the sub-path.
        let scope = browser
            .js(
                "return navigator.serviceWorker.getRegistration().then((r) => r.scope)",
                vec![],
            )
            .await;
        assert_eq!(scope, server.url(PREFIX, ""));
        let sw = server
            .requests()
            .into_iter()
            .find(|r| r.path.ends_with("/sw.js"))
            .expect("sw.js was fetched");
        assert_eq!((sw.path.as_str(), sw.status), ("/threadwise/sw.js", 200));

        server.stop();
        let before = server.requests().len();
        // Truly offline: something never seen cannot be fetched.
        let probe = browser
            .js(
                "return fetch('../atom.xml').then(() => 'reached', () => 'unreachable')",
                vec![],
            )
            .await;
        assert_eq!(probe, "unreachable", "the server still answers");

        browser.goto(&page).await;
        let title = browser.client.title().await.expect("title");
        assert!(title.starts_with("What is a thread?"), "{title}");
        assert!(
            stylesheet_applies(&browser).await,
            "the cached stylesheet applies"
        );
        // The worker, its glue and the wasm come from the cache.
        let version = wait_for_engine(&browser).await;
        assert_eq!(version, crate::support::engine_version());
        assert_eq!(
            server.requests().len(),
            before,
            "nothing reached the server"
        );

        // A page never opened is not there.
        let _ = browser.client.goto(&server.url(PREFIX, "locks/")).await;
        let title = browser.client.title().await.unwrap_or_default();
        assert!(!title.starts_with("When do I need a lock?"), "{title}");
    })
    .await;
}

/// Writes the fixture site with `extra_css` appended to the stylesheet.
fn build_with_css(out: &Path, base_url: &str, extra_css: &str) {
    let theme = tempfile::tempdir().expect("theme dir");
    let css = Path::new(env!("CARGO_MANIFEST_DIR")).join("site/static/style.css");
    let mut text = std::fs::read_to_string(css).expect("style.css");
    text.push_str(extra_css);
    std::fs::write(theme.path().join("style.css"), text).expect("write theme");
    let source = SiteSource {
        content_dir: fixture_content(),
        base_url: Some(base_url.to_string()),
    };
    let files = threadwise::build(&source, &ThemeSource::Dir(theme.path().to_path_buf()))
        .expect("the site builds");
    files.write(out).expect("write the site");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_deploy_replaces_the_old_cache() {
    with_browser(|browser: Arc<Browser>| async move {
        let (listener, addr) = StaticServer::bind().await;
        let base = format!("http://{addr}{PREFIX}");
        let site = tempfile::tempdir().expect("site dir");
        build_with_css(site.path(), &base, "\n/* first deploy */\n");
        let server = StaticServer::serve(listener, site.path().to_path_buf(), PREFIX);
        let page = server.url(PREFIX, "locks/");
        browser.goto(&page).await;
        wait_until_saved(&browser).await;
        let first = cache_names(&browser).await;
        assert_eq!(first.len(), 1, "{first:?}");

        // Deploy a build whose stylesheet differs, then let the browser
        // check for a new worker, as it does on navigation.
        build_with_css(site.path(), &base, "\n.skip-link { outline-offset: 7px; }\n");
        browser.js("return navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => true)", vec![]).await;
        let replaced = browser
            .wait_until(
                &format!(
                    r#"return caches.keys().then((k) => {{
                         const ours = k.filter((n) => n.startsWith("threadwise:"));
                         return ours.length === 1 && ours[0] !== {} && ours;
                       }});"#,
                    serde_json::to_string(&first[0]).expect("JSON")
                ),
                Duration::from_secs(30),
                "the new worker to replace the old cache",
            )
            .await;
        assert!(matches!(replaced, Value::Array(_)));
        browser.goto(&page).await;
        let offset = browser.js("return getComputedStyle(document.querySelector('.skip-link')).outlineOffset", vec![]).await;
        assert_eq!(offset, "7px", "the page uses the new deploy's stylesheet");
    })
    .await;
}
