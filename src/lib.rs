//! Threadwise: a static Q&A site about Python threads, whose examples run in
//! the browser on the Threadwise Python engine.
//!
//! The build is a pipeline of small stages: [`content`] loads questions,
//! [`markdown`] renders their bodies, [`site`] checks the whole, [`render`]
//! fills the [`templates`] and [`feeds`], [`search`] indexes the questions,
//! [`assets`] hashes the static files, [`offline`] makes the service worker,
//! [`output`] writes the result and [`summary`] describes it.

pub mod assets;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod examples;
pub mod feeds;
pub mod highlight;
pub mod html;
pub mod markdown;
pub mod offline;
pub mod output;
pub mod pyrun;
pub mod render;
pub mod search;
pub mod server;
pub mod site;
pub mod summary;
pub mod templates;
pub mod urls;

use assets::{Assets, ThemeSource};
use output::SiteFiles;
use site::{Site, SiteError, SiteSource};

/// Loads, checks and renders a site into memory.
pub fn build(source: &SiteSource, theme: &ThemeSource) -> Result<SiteFiles, SiteError> {
    let site = Site::load(source)?;
    let assets = Assets::prepare(theme)?;
    render::render_site(&site, &assets)
}
