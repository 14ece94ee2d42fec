//! The home page grouped by topic, one page per topic, and the topics index.

use crate::support::{attribute_values, between, build};

#[test]
fn home_groups_questions_by_declared_tag_order() {
    let site = build("site", "https://example.org/");
    let html = site.read("index.html");
    let headings: Vec<&str> = html
        .match_indices("<section class=\"topic\" aria-labelledby=\"topic-")
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            &rest[..rest.find('"').unwrap_or(0)]
        })
        .collect();
    // Declared order; `async` has no questions, so the home page leaves it out.
    assert_eq!(headings, ["basics", "thread-local", "synchronization"]);
    let basics = between(&html, "aria-labelledby=\"topic-basics\"", "</section>");
    assert_eq!(
        attribute_values(basics, "href"),
        [
            "/tags/basics/",
            "/what-is-a-thread/",
            "/thread-local-values/"
        ]
    );
    assert!(basics.contains("<p class=\"topic-description\">First steps with threads.</p>"));
    assert!(basics.contains(
        "<p class=\"question-summary\">Use threading.local(): each thread sees its own attributes on it.</p>"
    ));
}

#[test]
fn each_tag_has_a_page_listing_its_questions() {
    let site = build("site", "https://example.org/");
    let basics = site.read("tags/basics/index.html");
    assert!(basics.contains("<h1>Basics</h1>"));
    let list = between(&basics, "<ul class=\"question-list\">", "</ul>");
    assert_eq!(
        attribute_values(list, "href"),
        ["/what-is-a-thread/", "/thread-local-values/"]
    );
    let sync = site.read("tags/synchronization/index.html");
    let list = between(&sync, "<ul class=\"question-list\">", "</ul>");
    assert_eq!(attribute_values(list, "href"), ["/locks/"]);
    let empty = site.read("tags/async/index.html");
    assert!(empty.contains("No questions in this topic yet."));
}

#[test]
fn topics_index_lists_every_tag_with_counts() {
    let site = build("site", "https://example.org/");
    let html = site.read("tags/index.html");
    let list = between(&html, "<ul class=\"topic-list\">", "</ul>");
    assert_eq!(
        attribute_values(list, "href"),
        [
            "/tags/basics/",
            "/tags/thread-local/",
            "/tags/synchronization/",
            "/tags/async/"
        ]
    );
    assert!(list.contains("2 questions"));
    assert!(list.contains("1 question<"));
    assert!(list.contains("0 questions"));
}

#[test]
fn question_pages_link_their_tags() {
    let site = build("site", "https://example.org/");
    let html = site.read("thread-local-values/index.html");
    let tags = between(
        &html,
        "<ul class=\"tag-list\" aria-label=\"Topics\">",
        "</ul>",
    );
    assert_eq!(
        attribute_values(tags, "href"),
        ["/tags/thread-local/", "/tags/basics/"]
    );
    assert!(tags.contains(">Thread-local storage</a>"));
}
