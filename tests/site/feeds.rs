//! The Atom feed, the sitemap and robots.txt.

use crate::support::build;

const BASE: &str = "https://example.org/threadwise/";

#[test]
fn atom_feed_parses_and_lists_every_question() {
    let site = build("site", BASE);
    let xml = site.read("atom.xml");
    let doc = roxmltree::Document::parse(&xml).expect("the feed is well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let child = |node: roxmltree::Node<'_, '_>, name: &str| {
        node.children()
            .find(|n| n.has_tag_name(name))
            .and_then(|n| n.text().map(str::to_string))
    };
    assert_eq!(child(feed, "title").as_deref(), Some("Fixture Site"));
    assert_eq!(child(feed, "id").as_deref(), Some(BASE));
    let entries: Vec<_> = feed
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), 3);
    assert_eq!(
        child(entries[0], "title").as_deref(),
        Some("What is a thread?")
    );
    assert_eq!(
        child(entries[0], "id").as_deref(),
        Some("https://example.org/threadwise/what-is-a-thread/")
    );
    // `updated = 2024-05-01` in front matter becomes an RFC 3339 timestamp.
    assert_eq!(
        child(entries[0], "updated").as_deref(),
        Some("2024-05-01T00:00:00Z")
    );
    for entry in entries {
        let updated = child(entry, "updated").unwrap_or_default();
        assert!(updated.len() >= 20 && updated.contains('T'), "{updated}");
    }
    let self_link = feed
        .children()
        .find(|n| n.has_tag_name("link") && n.attribute("rel") == Some("self"))
        .and_then(|n| n.attribute("href"));
    assert_eq!(self_link, Some("https://example.org/threadwise/atom.xml"));
}

#[test]
fn sitemap_lists_every_page_with_absolute_urls() {
    let site = build("site", BASE);
    let xml = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("the sitemap is well-formed XML");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    for page in [
        "",
        "tags/",
        "tags/basics/",
        "tags/async/",
        "playground/",
        "what-is-a-thread/",
        "thread-local-values/",
        "locks/",
    ] {
        let url = format!("{BASE}{page}");
        assert!(locs.contains(&url.as_str()), "{url} missing from sitemap");
    }
    assert_eq!(locs.len(), 10, "{locs:?}");
    assert!(xml.contains("<lastmod>2024-05-01</lastmod>"));
}

#[test]
fn robots_txt_points_at_the_sitemap() {
    let site = build("site", BASE);
    let robots = site.read("robots.txt");
    assert!(robots.contains("User-agent: *"));
    assert!(robots.contains("Sitemap: https://example.org/threadwise/sitemap.xml"));
}
