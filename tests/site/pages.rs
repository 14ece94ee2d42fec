//! Question pages: title, summary, table of contents, anchors, code blocks,
//! playgrounds, related questions, previous/next, edit link, metadata.

use crate::support::{attribute_values, between, build};

const BASE: &str = "https://example.org/";

#[test]
fn question_page_has_title_summary_and_meta() {
    let site = build("site", BASE);
    let html = site.read("what-is-a-thread/index.html");
    assert!(html.contains("<title>What is a thread? · Fixture Site</title>"));
    assert!(html.contains("<h1>What is a thread?</h1>"));
    assert!(html.contains(
        "<p class=\"summary\">A thread is a separate flow of control that shares its process&#39;s memory.</p>"
    ));
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://example.org/what-is-a-thread/\">")
    );
    assert!(html.contains("<meta property=\"og:title\" content=\"What is a thread?\">"));
    assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(html.contains("<meta name=\"description\" content=\"A thread is a separate"));
    assert!(html.contains("<html lang=\"en\">"));
}

#[test]
fn landmarks_and_skip_link_are_present() {
    let site = build("site", BASE);
    let html = site.read("what-is-a-thread/index.html");
    assert!(html.contains("<a class=\"skip-link\" href=\"#main\">"));
    assert!(html.contains("<main id=\"main\""));
    assert!(html.contains("<header class=\"site-header\">"));
    assert!(html.contains("<footer class=\"site-footer\">"));
    assert!(html.contains("<nav class=\"site-nav\" aria-label=\"Site\">"));
}

#[test]
fn table_of_contents_links_to_stable_unique_anchors() {
    let site = build("site", BASE);
    let html = site.read("what-is-a-thread/index.html");
    let toc = between(&html, "<nav class=\"toc\"", "</nav>");
    let links = attribute_values(toc, "href");
    assert_eq!(
        links,
        [
            "#starting-a-thread",
            "#joining",
            "#why-join",
            "#starting-a-thread-2"
        ]
    );
    assert!(toc.contains("<li class=\"toc-level-3\"><a href=\"#joining\">Joining</a></li>"));
    // Every TOC entry has a heading with that id, and the explicit `{#why-join}` is kept.
    for link in links {
        let id = link.trim_start_matches('#');
        assert!(
            html.contains(&format!(" id=\"{id}\">")),
            "no heading with id {id}"
        );
    }
    assert!(html.contains("<h2 id=\"why-join\">Why join?"));
}

#[test]
fn playground_blocks_follow_the_markup_contract() {
    let site = build("site", BASE);
    let html = site.read("what-is-a-thread/index.html");
    let first = between(
        &html,
        "<section class=\"playground\" data-playground=\"1\"",
        "</section>",
    );
    assert!(first.starts_with(" aria-label=\"Runnable example 1\">"));
    assert!(first.contains(
        "<pre class=\"code\"><code class=\"language-python\"><span class=\"hl-k\">import</span> threading\n\n\
         <span class=\"hl-k\">def</span> <span class=\"hl-d\">greet</span>(name):\n    \
         <span class=\"hl-b\">print</span>(<span class=\"hl-s\">&quot;hello from&quot;</span>, name)\n"
    ));
    assert!(first.contains(
        "<div class=\"playground-output\"><p class=\"output-label\">Output</p><pre class=\"output\"><samp>hello from worker\ndone\n</samp></pre></div>"
    ));
    let second = between(&html, "data-playground=\"2\"", "</section>");
    assert!(
        !second.contains("playground-output"),
        "no output fence, no output part"
    );
    // The output fence belongs to the playground, so it is not shown twice.
    assert_eq!(html.matches("hello from worker").count(), 1);
    // Pages with playgrounds load the bootstrap; the page script is on every page.
    assert!(html.contains("/assets/playground."));
}

#[test]
fn static_code_and_standalone_output_render_as_such() {
    let site = build("site", BASE);
    let html = site.read("what-is-a-thread/index.html");
    assert!(html.contains(
        "<div class=\"code-block\"><pre class=\"code\"><code class=\"language-python\">\
         t.join(timeout<span class=\"hl-o\">=</span><span class=\"hl-n\">1.0</span>)\n</code></pre></div>"
    ));
    let tl = site.read("thread-local-values/index.html");
    assert!(tl.contains(
        "<div class=\"output-block\"><p class=\"output-label\">Output</p><pre class=\"output\"><samp>just text &amp; &lt;markup&gt;\n</samp></pre></div>"
    ));
    let locks = site.read("locks/index.html");
    assert!(locks.contains("data-playground=\"1\""));
}

#[test]
fn related_questions_prev_next_and_edit_link() {
    let site = build("site", BASE);
    let first = site.read("what-is-a-thread/index.html");
    let related = between(&first, "<aside class=\"related\"", "</aside>");
    assert_eq!(attribute_values(related, "href"), ["/thread-local-values/"]);
    assert!(related.contains("How do I give each thread its own value?"));
    assert!(
        !first.contains("rel=\"prev\""),
        "the first question has no previous"
    );
    assert!(first.contains("<a class=\"pager-next\" rel=\"next\" href=\"/thread-local-values/\">"));
    assert!(first.contains(
        "<a href=\"https://code.example/site/edit/main/content/what-is-a-thread.md\">Edit this page</a>"
    ));

    let middle = site.read("thread-local-values/index.html");
    assert!(middle.contains("rel=\"prev\" href=\"/what-is-a-thread/\""));
    assert!(middle.contains("rel=\"next\" href=\"/locks/\""));
    let related = between(&middle, "<aside class=\"related\"", "</aside>");
    assert_eq!(
        attribute_values(related, "href"),
        ["/what-is-a-thread/", "/locks/"]
    );

    let last = site.read("locks/index.html");
    assert!(!last.contains("rel=\"next\""));
    assert!(
        !last.contains("class=\"related\""),
        "no related questions declared"
    );
}

#[test]
fn internal_links_are_rewritten_to_pages() {
    let site = build("site", BASE);
    let html = site.read("what-is-a-thread/index.html");
    assert!(html.contains("<a href=\"/thread-local-values/#each-thread-its-own\">"));
    assert!(html.contains("<a href=\"/tags/basics/\">the topic</a>"));
    assert!(html.contains("<a href=\"#why-join\">explained below</a>"));
    let locks = site.read("locks/index.html");
    assert!(locks.contains("<a href=\"/what-is-a-thread/\">the basics</a>"));
}

#[test]
fn question_pages_carry_qa_page_json_ld() {
    let site = build("site", BASE);
    let html = site.read("locks/index.html");
    let json = between(&html, "<script type=\"application/ld+json\">", "</script>");
    let data: serde_json::Value = serde_json::from_str(json).expect("JSON-LD parses");
    assert_eq!(data["@type"], "QAPage");
    assert_eq!(data["mainEntity"]["@type"], "Question");
    assert_eq!(data["mainEntity"]["name"], "When do I need a lock?");
    assert_eq!(data["mainEntity"]["answerCount"], 1);
    let answer = &data["mainEntity"]["acceptedAnswer"];
    assert_eq!(answer["@type"], "Answer");
    assert!(answer["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("When two threads update the same data")));
    assert_eq!(answer["url"], "https://example.org/locks/#main");
    let home = site.read("index.html");
    assert!(!home.contains("application/ld+json"));
}

#[test]
fn authors_guide_is_not_a_page() {
    let site = build("site", BASE);
    assert!(!site.exists("readme/index.html"));
    assert!(!site.read("sitemap.xml").contains("readme"));
}

#[test]
fn playground_and_not_found_pages_exist() {
    let site = build("site", BASE);
    let playground = site.read("playground/index.html");
    assert!(playground.contains("data-playground=\"1\""));
    assert!(playground.contains("/assets/playground."));
    assert!(playground.contains("aria-current=\"page\">Playground</a>"));
    let missing = site.read("404.html");
    assert!(missing.contains("<h1>Page not found</h1>"));
    // Served at any depth, so its links must be root-relative, not relative.
    for href in attribute_values(&missing, "href") {
        assert!(
            href.starts_with(['/', '#']) || href.starts_with("https://"),
            "{href}"
        );
    }
}
