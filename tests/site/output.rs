//! Writing the output folder: rebuilds replace it, foreign folders are kept.

use threadwise::assets::ThemeSource;
use threadwise::site::{SiteError, SiteSource};

use crate::support::fixtures;

fn files() -> threadwise::output::SiteFiles {
    let source = SiteSource {
        content_dir: fixtures().join("site/content"),
        base_url: None,
    };
    threadwise::build(&source, &ThemeSource::Embedded).expect("fixture builds")
}

#[test]
fn rebuild_replaces_an_earlier_build() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("dist");
    files().write(&out).expect("first write");
    std::fs::write(out.join("stale.html"), "old").expect("write stale file");
    files().write(&out).expect("second write");
    assert!(!out.join("stale.html").exists(), "stale files are removed");
    assert!(out.join("index.html").is_file());
}

#[test]
fn refuses_to_write_into_a_foreign_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("precious.txt"), "keep").expect("write");
    let err = files().write(dir.path()).expect_err("must refuse");
    assert!(matches!(err, SiteError::ForeignOutput(_)), "{err}");
    assert!(dir.path().join("precious.txt").is_file());
}

#[test]
fn config_base_url_is_the_default() {
    let files = files();
    let html = String::from_utf8_lossy(files.get("index.html").expect("home page")).into_owned();
    assert!(html.contains("<link rel=\"canonical\" href=\"https://fixture.example/\">"));
}
