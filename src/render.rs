//! Renders a loaded site into files: pages from templates, feeds, assets.

use std::collections::HashMap;

use askama::Template;

use crate::assets::Assets;
use crate::feeds;
use crate::markdown::code::render_playground;
use crate::offline;
use crate::output::SiteFiles;
use crate::search;
use crate::site::{Question, Site, SiteError};
use crate::templates::{
    IndexPage, Layout, NotFoundPage, PlaygroundAssets, PlaygroundPage, QuestionLink, QuestionPage,
    QuestionView, TagGroup, TagPage, TagSummary, TagsPage, TitledLink,
};

/// The program the standalone playground opens with.
const PLAYGROUND_EXAMPLE: &str = include_str!("../site/playground-example.py");

/// What a page is, for its `<head>` and header.
struct PageMeta<'a> {
    title: &'a str,
    description: &'a str,
    site_path: &'a str,
    og_type: &'static str,
    section: &'static str,
    has_playground: bool,
    json_ld: Option<String>,
}

/// Renders every page and copies every asset.
pub fn render_site(site: &Site, assets: &Assets) -> Result<SiteFiles, SiteError> {
    let mut files = SiteFiles::default();
    let mut assets = assets.clone();
    assets.add_generated(search::INDEX_NAME, search::index_site(site).to_json());
    let assets = &assets;
    let ctx = Context { site, assets };

    let groups = ctx.tag_groups();
    let home = ctx.layout(PageMeta {
        title: "",
        description: &site.config.description,
        site_path: "",
        og_type: "website",
        section: "questions",
        has_playground: false,
        json_ld: None,
    });
    // Topics without questions still get a page, but clutter the home page.
    let listed_groups: Vec<TagGroup> = groups
        .iter()
        .filter(|g| !g.questions.is_empty())
        .cloned()
        .collect();
    let page = IndexPage {
        layout: &home,
        intro: &site.config.description,
        groups: &listed_groups,
    };
    files.insert("index.html", render("index.html", &page)?);

    for (path, html) in ctx.question_pages()? {
        files.insert(path, html);
    }

    let mut summaries = Vec::new();
    for group in &groups {
        let description = if group.description.is_empty() {
            format!("Questions about {}.", group.name)
        } else {
            group.description.clone()
        };
        let site_path = format!("tags/{}/", group.slug);
        let layout = ctx.layout(PageMeta {
            title: &group.name,
            description: &description,
            site_path: &site_path,
            og_type: "website",
            section: "topics",
            has_playground: false,
            json_ld: None,
        });
        let page = TagPage {
            layout: &layout,
            name: &group.name,
            description: &group.description,
            questions: &group.questions,
        };
        files.insert(format!("{site_path}index.html"), render(&site_path, &page)?);
        summaries.push(TagSummary {
            name: group.name.clone(),
            description: group.description.clone(),
            url: group.url.clone(),
            count: group.questions.len(),
        });
    }
    let layout = ctx.layout(PageMeta {
        title: "Topics",
        description: "Every topic, with its questions.",
        site_path: "tags/",
        og_type: "website",
        section: "topics",
        has_playground: false,
        json_ld: None,
    });
    let page = TagsPage {
        layout: &layout,
        tags: &summaries,
    };
    files.insert("tags/index.html", render("tags/", &page)?);

    let layout = ctx.layout(PageMeta {
        title: "Playground",
        description: "Run Python programs that use threads in your browser.",
        site_path: "playground/",
        og_type: "website",
        section: "playground",
        has_playground: true,
        json_ld: None,
    });
    let mut playground = String::new();
    render_playground(1, PLAYGROUND_EXAMPLE, None, &mut playground);
    let page = PlaygroundPage {
        layout: &layout,
        playground: &playground,
    };
    files.insert("playground/index.html", render("playground/", &page)?);

    let layout = ctx.layout(PageMeta {
        title: "Page not found",
        description: "There is no page at this address.",
        site_path: "404.html",
        og_type: "website",
        section: "",
        has_playground: false,
        json_ld: None,
    });
    files.insert(
        "404.html",
        render("404.html", &NotFoundPage { layout: &layout })?,
    );

    files.insert("atom.xml", feeds::atom(site));
    let listed: Vec<String> = std::iter::once(String::new())
        .chain(std::iter::once("tags/".to_string()))
        .chain(groups.iter().map(|g| format!("tags/{}/", g.slug)))
        .chain(std::iter::once("playground/".to_string()))
        .collect();
    files.insert("sitemap.xml", feeds::sitemap(site, &listed));
    files.insert("robots.txt", feeds::robots(site));
    for asset in assets.iter() {
        files.insert(assets.site_path(&asset.name), asset.bytes.clone());
    }
    files.insert(offline::SERVICE_WORKER, offline::service_worker(assets)?);
    Ok(files)
}

fn render(page: &str, template: &impl Template) -> Result<String, SiteError> {
    template.render().map_err(|source| SiteError::Template {
        page: page.to_string(),
        source,
    })
}

struct Context<'a> {
    site: &'a Site,
    assets: &'a Assets,
}

impl Context<'_> {
    fn link(&self, site_path: &str) -> String {
        self.site.base.link(site_path)
    }

    fn asset(&self, name: &str) -> String {
        self.link(&self.assets.site_path(name))
    }

    fn layout(&self, meta: PageMeta<'_>) -> Layout {
        let site_title = &self.site.config.title;
        let title = if meta.title.is_empty() {
            site_title.clone()
        } else {
            format!("{} · {site_title}", meta.title)
        };
        Layout {
            lang: self.site.config.language.clone(),
            site_title: site_title.clone(),
            title,
            og_title: if meta.title.is_empty() {
                site_title.clone()
            } else {
                meta.title.to_string()
            },
            description: meta.description.to_string(),
            canonical: self.site.base.absolute(meta.site_path),
            og_type: meta.og_type,
            section: meta.section,
            home: self.link(""),
            tags: self.link("tags/"),
            playground: self.link("playground/"),
            feed: self.link("atom.xml"),
            css: self.asset("style.css"),
            site_js: self.asset("site.js"),
            search_js: self.asset("search.js"),
            search_index: self.asset(search::INDEX_NAME),
            playground_assets: meta.has_playground.then(|| PlaygroundAssets {
                js: self.asset("playground.js"),
                modules: self
                    .assets
                    .module_graph("playground.js")
                    .iter()
                    .map(|path| self.link(path))
                    .collect(),
                wasm: self.asset("threadwise_playground_bg.wasm"),
                worker: self.asset("worker.js"),
            }),
            icon: self.asset("icon.svg"),
            json_ld: meta.json_ld,
        }
    }

    fn question_link(&self, q: &Question) -> QuestionLink {
        QuestionLink {
            title: q.source.title().to_string(),
            url: self.link(&q.site_path()),
            summary: q.source.summary().to_string(),
        }
    }

    fn titled(&self, q: &Question) -> TitledLink {
        TitledLink {
            title: q.source.title().to_string(),
            url: self.link(&q.site_path()),
        }
    }

    fn tag_name(&self, slug: &str) -> String {
        self.site
            .config
            .tag(slug)
            .map_or_else(|| slug.to_string(), |t| t.name.clone())
    }

    fn tag_groups(&self) -> Vec<TagGroup> {
        let mut groups: Vec<TagGroup> = self
            .site
            .tag_slugs()
            .into_iter()
            .map(|slug| TagGroup {
                name: self.tag_name(&slug),
                description: self
                    .site
                    .config
                    .tag(&slug)
                    .map(|t| t.description.clone())
                    .unwrap_or_default(),
                url: self.link(&format!("tags/{slug}/")),
                questions: Vec::new(),
                slug,
            })
            .collect();
        let position: HashMap<String, usize> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.slug.clone(), i))
            .collect();
        for q in &self.site.questions {
            let mut seen: Vec<usize> = Vec::new();
            for tag in &q.source.front.tags {
                if let Some(&i) = position.get(tag.get_ref()) {
                    // A tag listed twice still lists the question once.
                    if !seen.contains(&i) {
                        seen.push(i);
                        groups[i].questions.push(self.question_link(q));
                    }
                }
            }
        }
        groups
    }

    /// Every question page, rendered on all cores.
    fn question_pages(&self) -> Result<Vec<(String, String)>, SiteError> {
        let questions = &self.site.questions;
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunk = questions.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..questions.len())
                .step_by(chunk)
                .map(|start| {
                    scope.spawn(move || {
                        let end = (start + chunk).min(questions.len());
                        (start..end)
                            .map(|i| {
                                let q = &questions[i];
                                self.question_page(q, i)
                                    .map(|html| (format!("{}/index.html", q.slug()), html))
                            })
                            .collect::<Result<Vec<_>, SiteError>>()
                    })
                })
                .collect();
            let mut pages = Vec::with_capacity(questions.len());
            for handle in handles {
                let part = handle
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e))?;
                pages.extend(part);
            }
            Ok(pages)
        })
    }

    fn question_page(&self, q: &Question, index: usize) -> Result<String, SiteError> {
        let site = self.site;
        let view = QuestionView {
            title: q.source.title().to_string(),
            summary: q.source.summary().to_string(),
            body: q.body.html.clone(),
            toc: q.body.toc.clone(),
            tags: q
                .source
                .front
                .tags
                .iter()
                .map(|t| TitledLink {
                    title: self.tag_name(t.get_ref()),
                    url: self.link(&format!("tags/{}/", t.get_ref())),
                })
                .collect(),
            related: q
                .source
                .front
                .related
                .iter()
                .filter_map(|slug| site.question(slug.get_ref()))
                .map(|r| self.question_link(r))
                .collect(),
            prev: index
                .checked_sub(1)
                .and_then(|i| site.questions.get(i))
                .map(|p| self.titled(p)),
            next: site.questions.get(index + 1).map(|n| self.titled(n)),
            edit_url: site
                .config
                .edit_url
                .as_ref()
                .map(|template| template.replace("{path}", &q.source.site_path)),
        };
        let site_path = q.site_path();
        let layout = self.layout(PageMeta {
            title: q.source.title(),
            description: q.source.summary(),
            site_path: &site_path,
            og_type: "article",
            section: "",
            has_playground: !q.body.examples.is_empty(),
            json_ld: Some(feeds::qa_page_json_ld(site, q)),
        });
        render(
            &site_path,
            &QuestionPage {
                layout: &layout,
                q: &view,
            },
        )
    }
}
