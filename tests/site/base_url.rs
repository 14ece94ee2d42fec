//! Every URL honours `--base-url`, so the folder works under a sub-path, and
//! asset names carry content hashes.

use crate::support::{attribute_values, build};

const BASE: &str = "https://example.org/threadwise/";

#[test]
fn every_link_and_asset_stays_under_the_sub_path_and_exists() {
    let site = build("site", BASE);
    let pages: Vec<String> = site
        .files()
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(pages.len() >= 10, "{pages:?}");
    let mut checked = 0;
    for page in &pages {
        let html = site.read(page);
        let mut urls = attribute_values(&html, "href");
        urls.extend(attribute_values(&html, "src"));
        for url in urls {
            if url.starts_with('#') || url.starts_with("https://code.example/") {
                continue;
            }
            let path = if let Some(rest) = url.strip_prefix("https://example.org") {
                rest.to_string()
            } else {
                url.clone()
            };
            assert!(
                path.starts_with("/threadwise/"),
                "{page}: `{url}` is outside /threadwise/"
            );
            // The file a static host would serve for this URL must exist.
            let file = path
                .trim_start_matches("/threadwise/")
                .split('#')
                .next()
                .unwrap_or_default()
                .to_string();
            let file = if file.is_empty() || file.ends_with('/') {
                format!("{file}index.html")
            } else {
                file
            };
            assert!(
                site.exists(&file),
                "{page}: `{url}` points at missing {file}"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} URLs checked");
}

#[test]
fn canonical_and_feed_urls_are_absolute_under_the_base() {
    let site = build("site", BASE);
    let html = site.read("locks/index.html");
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://example.org/threadwise/locks/\">")
    );
    assert!(html
        .contains("<meta property=\"og:url\" content=\"https://example.org/threadwise/locks/\">"));
    for file in ["atom.xml", "sitemap.xml", "robots.txt"] {
        let text = site.read(file);
        for (i, _) in text.match_indices("https://example.org") {
            assert!(
                text[i..].starts_with(BASE),
                "{file}: URL outside the base at byte {i}"
            );
        }
    }
}

#[test]
fn assets_have_content_hashed_names() {
    let site = build("site", BASE);
    let assets: Vec<String> = site
        .files()
        .into_iter()
        .filter(|f| f.starts_with("assets/"))
        .collect();
    for (stem, ext) in [
        ("style", "css"),
        ("site", "js"),
        ("playground", "js"),
        ("worker", "js"),
        ("threadwise_playground", "js"),
        ("threadwise_playground_bg", "wasm"),
        ("icon", "svg"),
    ] {
        let found = assets.iter().find(|a| {
            let name = a.trim_start_matches("assets/");
            name.strip_prefix(&format!("{stem}."))
                .and_then(|r| r.strip_suffix(&format!(".{ext}")))
                .is_some_and(|hash| hash.len() == 10 && hash.chars().all(|c| c.is_ascii_hexdigit()))
        });
        assert!(found.is_some(), "no hashed {stem}.*.{ext} in {assets:?}");
    }
    // The worker imports the glue and the wasm by their hashed names.
    let worker = assets
        .iter()
        .find(|a| a.starts_with("assets/worker."))
        .map(|a| site.read(a))
        .unwrap_or_default();
    let glue = assets
        .iter()
        .find(|a| a.starts_with("assets/threadwise_playground."))
        .map(|a| a.trim_start_matches("assets/").to_string())
        .unwrap_or_default();
    assert!(worker.contains(&format!("\"./{glue}\"")), "{worker}");
    let wasm = site
        .files()
        .into_iter()
        .find(|a| a.ends_with(".wasm"))
        .map(|a| std::fs::read(site.root().join(a)).unwrap_or_default())
        .unwrap_or_default();
    assert!(wasm.starts_with(b"\0asm"), "the wasm asset is WebAssembly");
}

#[test]
fn domain_root_base_gives_root_paths() {
    let site = build("site", "http://127.0.0.1:8000");
    let html = site.read("index.html");
    assert!(html.contains("<a class=\"brand\" href=\"/\">"));
    assert!(html.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:8000/\">"));
}
