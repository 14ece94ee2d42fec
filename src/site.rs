//! The site model: configuration, questions with their rendered bodies, and
//! the checks that need the whole site (references and internal links).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::assets::AssetError;
use crate::config::SiteConfig;
use crate::content::{self, SourcePage};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::markdown::{self, LinkTarget, RenderedBody};
use crate::urls::{BaseUrl, BaseUrlError};

/// Why a site could not be loaded or built.
#[derive(Debug, Error)]
pub enum SiteError {
    /// Problems in the content or configuration, each with file and line.
    #[error("{0}")]
    Content(#[from] Diagnostics),
    /// The base URL is not usable.
    #[error(transparent)]
    BaseUrl(#[from] BaseUrlError),
    /// The theme's assets could not be prepared.
    #[error(transparent)]
    Assets(#[from] AssetError),
    /// A template failed to render.
    #[error("rendering {page}: {source}")]
    Template {
        /// The page being rendered.
        page: String,
        /// The reason.
        source: askama::Error,
    },
    /// Writing the output failed.
    #[error("writing {path}: {source}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The output folder holds something that is not a previous build.
    #[error("refusing to write into {0}: it is not empty and holds no earlier Threadwise build")]
    ForeignOutput(PathBuf),
}

/// Where to read a site from.
#[derive(Debug, Clone)]
pub struct SiteSource {
    /// The folder of `*.md` questions.
    pub content_dir: PathBuf,
    /// Overrides the config's `base_url`.
    pub base_url: Option<String>,
}

impl SiteSource {
    /// The folder holding `threadwise.toml`: the content folder's parent.
    pub fn root(&self) -> PathBuf {
        self.content_dir
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }
}

/// One question, loaded and rendered.
#[derive(Debug, Clone)]
pub struct Question {
    /// The file and its front matter.
    pub source: SourcePage,
    /// The rendered answer.
    pub body: RenderedBody,
}

impl Question {
    /// The slug, which is also the page's folder.
    pub fn slug(&self) -> &str {
        &self.source.slug
    }

    /// The page's site path, e.g. `why-threads/`.
    pub fn site_path(&self) -> String {
        format!("{}/", self.source.slug)
    }
}

/// A loaded, checked site, ready to render.
#[derive(Debug, Clone)]
pub struct Site {
    /// `threadwise.toml`.
    pub config: SiteConfig,
    /// Where it will be served.
    pub base: BaseUrl,
    /// Questions in reading order: by weight, then title, then slug.
    pub questions: Vec<Question>,
    /// Position in `questions` of each slug.
    index: HashMap<String, usize>,
}

impl Site {
    /// Loads, renders and checks a site. Every content problem is reported
    /// at once.
    pub fn load(source: &SiteSource) -> Result<Site, SiteError> {
        let root = source.root();
        let config = SiteConfig::load(&root).map_err(|d| Diagnostics(vec![d]))?;
        let base = BaseUrl::parse(source.base_url.as_deref().unwrap_or(&config.base_url))?;
        let pages = content::load(&source.content_dir, &root)?;
        let mut diagnostics = content::check_references(&pages, &config);
        let mut questions = render_all(pages, &base);
        questions.sort_by(|a, b| {
            (a.source.front.weight, a.source.title(), a.slug()).cmp(&(
                b.source.front.weight,
                b.source.title(),
                b.slug(),
            ))
        });
        let index = questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.slug().to_string(), i))
            .collect();
        let site = Site {
            config,
            base,
            questions,
            index,
        };
        for d in site.check_links().0 {
            diagnostics.push(d);
        }
        diagnostics.into_result()?;
        Ok(site)
    }

    /// The question with this slug.
    pub fn question(&self, slug: &str) -> Option<&Question> {
        self.index.get(slug).and_then(|&i| self.questions.get(i))
    }

    /// Tag slugs with pages: the declared ones, or every tag used when none
    /// are declared, in the order the home page shows them.
    pub fn tag_slugs(&self) -> Vec<String> {
        if !self.config.tags.is_empty() {
            return self.config.tags.iter().map(|t| t.slug.clone()).collect();
        }
        let mut tags: Vec<String> = self
            .questions
            .iter()
            .flat_map(|q| q.source.front.tags.iter().map(|t| t.get_ref().clone()))
            .collect();
        tags.sort();
        tags.dedup();
        tags
    }

    /// Site paths of the pages the builder makes besides questions.
    fn builtin_paths(&self) -> HashSet<String> {
        let mut paths: HashSet<String> = [
            "",
            "tags/",
            "playground/",
            "atom.xml",
            "sitemap.xml",
            "robots.txt",
            "404.html",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        for tag in self.tag_slugs() {
            paths.insert(format!("tags/{tag}/"));
        }
        paths
    }

    /// Every internal link must reach a page, and every anchor a heading.
    fn check_links(&self) -> Diagnostics {
        let mut diagnostics = Diagnostics::default();
        let by_slug: HashMap<&str, &Question> =
            self.questions.iter().map(|q| (q.slug(), q)).collect();
        let builtin = self.builtin_paths();
        for question in &self.questions {
            for link in &question.body.links {
                let problem = match &link.target {
                    LinkTarget::Question { slug, anchor } => match by_slug.get(slug.as_str()) {
                        None => Some(format!(
                            "broken link `{}`: no question has the slug `{slug}`",
                            link.written
                        )),
                        Some(target) => anchor.as_ref().and_then(|a| {
                            (!target.body.anchors.contains(a)).then(|| {
                                format!(
                                    "broken link `{}`: `{slug}` has no heading with the anchor `{a}`",
                                    link.written
                                )
                            })
                        }),
                    },
                    LinkTarget::SamePage { anchor } => (!anchor.is_empty()
                        && !question.body.anchors.contains(anchor))
                    .then(|| {
                        format!("broken link `{}`: this page has no heading with that anchor", link.written)
                    }),
                    LinkTarget::SitePath { path } => {
                        let path = path.split('#').next().unwrap_or_default();
                        let known = builtin.contains(path)
                            || path
                                .strip_suffix('/')
                                .is_some_and(|slug| by_slug.contains_key(slug));
                        (!known).then(|| {
                            format!("broken link `{}`: the site has no page at `/{path}`", link.written)
                        })
                    }
                    LinkTarget::Unsupported => Some(format!(
                        "unsupported link `{}`: link to a question as `slug.md`, to a site page as `/tags/basics/`, or to a heading as `#anchor`",
                        link.written
                    )),
                };
                if let Some(message) = problem {
                    let offset = question.source.body_start + link.offset;
                    diagnostics.push(Diagnostic::at_offset(
                        &question.source.path,
                        &question.source.text,
                        offset,
                        message,
                    ));
                }
            }
        }
        diagnostics
    }
}

/// Renders every body, on all cores: Markdown is most of a build's work.
fn render_all(pages: Vec<SourcePage>, base: &BaseUrl) -> Vec<Question> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || pages.len() < 64 {
        return pages.into_iter().map(|p| render_one(p, base)).collect();
    }
    let chunk = pages.len().div_ceil(threads);
    let mut chunks: Vec<Vec<SourcePage>> = Vec::new();
    let mut pages = pages.into_iter().peekable();
    while pages.peek().is_some() {
        chunks.push(pages.by_ref().take(chunk).collect());
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .into_iter()
                        .map(|p| render_one(p, base))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

fn render_one(source: SourcePage, base: &BaseUrl) -> Question {
    let body = markdown::render(source.body(), base);
    Question { source, body }
}
