//! The page templates (askama, in `site/templates/`) and the values they show.

use askama::Template;

use crate::markdown::TocEntry;

/// What every page's `<head>`, header and footer need.
#[derive(Debug, Clone)]
pub struct Layout {
    /// `lang` of the document.
    pub lang: String,
    /// The site's name.
    pub site_title: String,
    /// The `<title>`.
    pub title: String,
    /// The `og:title`: the page's own title, without the site name.
    pub og_title: String,
    /// Meta and OpenGraph description.
    pub description: String,
    /// Absolute URL of this page.
    pub canonical: String,
    /// `website` or `article`.
    pub og_type: &'static str,
    /// Which header link is current: `questions`, `topics`, `playground` or ``.
    pub section: &'static str,
    /// Links and asset URLs (root-relative, under the base path).
    pub home: String,
    /// The topics index.
    pub tags: String,
    /// The standalone playground.
    pub playground: String,
    /// The Atom feed.
    pub feed: String,
    /// The stylesheet.
    pub css: String,
    /// The script every page loads (theme toggle, copy buttons).
    pub site_js: String,
    /// The search box's script.
    pub search_js: String,
    /// The search index, loaded when the search box is first focused.
    pub search_index: String,
    /// The playground's scripts, on pages with a runnable example.
    pub playground_assets: Option<PlaygroundAssets>,
    /// The site icon.
    pub icon: String,
    /// schema.org JSON-LD, already safe to embed in `<script>`.
    pub json_ld: Option<String>,
}

/// What a page with a playground loads for it.
#[derive(Debug, Clone)]
pub struct PlaygroundAssets {
    /// The playground bootstrap.
    pub js: String,
    /// Every module the bootstrap imports, preloaded together.
    pub modules: Vec<String>,
    /// The engine's wasm, compiled from the page's head.
    pub wasm: String,
    /// The run worker's script, booted from the page's head.
    pub worker: String,
}

/// A link to a question, with its one-sentence answer.
#[derive(Debug, Clone)]
pub struct QuestionLink {
    /// The question.
    pub title: String,
    /// Its URL.
    pub url: String,
    /// The one-sentence answer.
    pub summary: String,
}

/// A link with a title.
#[derive(Debug, Clone)]
pub struct TitledLink {
    /// The link text.
    pub title: String,
    /// Its URL.
    pub url: String,
}

/// A topic's section on the home page.
#[derive(Debug, Clone)]
pub struct TagGroup {
    /// Tag slug.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// One sentence.
    pub description: String,
    /// The tag page.
    pub url: String,
    /// Questions with this tag, in reading order.
    pub questions: Vec<QuestionLink>,
}

/// One entry of the topics index.
#[derive(Debug, Clone)]
pub struct TagSummary {
    /// Display name.
    pub name: String,
    /// One sentence.
    pub description: String,
    /// The tag page.
    pub url: String,
    /// How many questions carry the tag.
    pub count: usize,
}

/// The values of a question page.
#[derive(Debug, Clone)]
pub struct QuestionView {
    /// The question.
    pub title: String,
    /// The one-sentence answer.
    pub summary: String,
    /// The answer, as HTML.
    pub body: String,
    /// Table of contents.
    pub toc: Vec<TocEntry>,
    /// Topic links.
    pub tags: Vec<TitledLink>,
    /// Related questions.
    pub related: Vec<QuestionLink>,
    /// The question before this one.
    pub prev: Option<TitledLink>,
    /// The question after this one.
    pub next: Option<TitledLink>,
    /// "Edit this page".
    pub edit_url: Option<String>,
}

/// The home page.
#[derive(Template)]
#[template(path = "index.html")]
pub struct IndexPage<'a> {
    /// Shared layout.
    pub layout: &'a Layout,
    /// The site description, shown under the title.
    pub intro: &'a str,
    /// Questions grouped by topic.
    pub groups: &'a [TagGroup],
}

/// A question page.
#[derive(Template)]
#[template(path = "question.html")]
pub struct QuestionPage<'a> {
    /// Shared layout.
    pub layout: &'a Layout,
    /// The question.
    pub q: &'a QuestionView,
}

/// A topic page.
#[derive(Template)]
#[template(path = "tag.html")]
pub struct TagPage<'a> {
    /// Shared layout.
    pub layout: &'a Layout,
    /// Display name.
    pub name: &'a str,
    /// One sentence.
    pub description: &'a str,
    /// Its questions.
    pub questions: &'a [QuestionLink],
}

/// The topics index.
#[derive(Template)]
#[template(path = "tags.html")]
pub struct TagsPage<'a> {
    /// Shared layout.
    pub layout: &'a Layout,
    /// Every topic.
    pub tags: &'a [TagSummary],
}

/// The standalone playground.
#[derive(Template)]
#[template(path = "playground.html")]
pub struct PlaygroundPage<'a> {
    /// Shared layout.
    pub layout: &'a Layout,
    /// The playground block's HTML.
    pub playground: &'a str,
}

/// The not-found page.
#[derive(Template)]
#[template(path = "404.html")]
pub struct NotFoundPage<'a> {
    /// Shared layout.
    pub layout: &'a Layout,
}
