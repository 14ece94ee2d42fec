//! The browser test harness: a plain static server for a built site, and a
//! headless Chromium driven over WebDriver.

pub mod driver;
pub mod server;

use std::path::{Path, PathBuf};

use threadwise::assets::ThemeSource;
use threadwise::site::SiteSource;

/// Only one browser at a time: two Chromiums on two cores make timings flaky.
pub static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The fixture site's content folder.
pub fn fixture_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site/content")
}

/// The playground crate's version, which the worker reports.
pub fn engine_version() -> String {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("wasm/Cargo.toml");
    let text = std::fs::read_to_string(manifest).expect("wasm/Cargo.toml");
    let value: toml::Value = toml::from_str(&text).expect("valid manifest");
    value["package"]["version"]
        .as_str()
        .expect("package.version")
        .to_string()
}

/// The project's own questions (`content/`), for tests that want the real
/// site rather than the small fixture.
pub fn project_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// Builds the fixture site for `base_url` into a fresh temporary folder.
pub fn build_site(base_url: &str) -> tempfile::TempDir {
    build_content(&fixture_content(), base_url)
}

/// Builds the site of `content_dir` for `base_url` into a fresh folder.
pub fn build_content(content_dir: &Path, base_url: &str) -> tempfile::TempDir {
    let source = SiteSource {
        content_dir: content_dir.to_path_buf(),
        base_url: Some(base_url.to_string()),
    };
    let files = threadwise::build(&source, &ThemeSource::Embedded).expect("the site builds");
    let dir = tempfile::tempdir().expect("temp dir");
    files.write(dir.path()).expect("write site");
    dir
}

/// Runs a browser test body with a fresh browser, one test at a time, and
/// always ends the browser, even when the body panics. Skips (returns) when
/// no browser is available outside CI.
pub async fn with_browser<F, Fut>(body: F)
where
    F: FnOnce(std::sync::Arc<driver::Browser>) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let _one = ONE_BROWSER.lock().await;
    let Some(browser) = driver::start().await else {
        return;
    };
    let browser = std::sync::Arc::new(browser);
    let result = tokio::spawn(body(browser.clone())).await;
    if let Ok(browser) = std::sync::Arc::try_unwrap(browser) {
        browser.finish().await;
    }
    if let Err(e) = result {
        if e.is_panic() {
            std::panic::resume_unwind(e.into_panic());
        }
        panic!("browser test task failed: {e}");
    }
}
