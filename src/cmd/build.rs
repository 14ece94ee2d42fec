//! `threadwise build`: write the static site.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use threadwise::assets::ThemeSource;
use threadwise::site::SiteSource;
use threadwise::summary::BuildSummary;

/// Arguments of `threadwise build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The folder of Markdown questions; `threadwise.toml` sits in its parent.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// Where to write the site (replaced if it holds an earlier build).
    #[arg(long, default_value = "dist")]
    pub out: PathBuf,
    /// The URL the site will be served at, e.g. https://example.org/threadwise/.
    #[arg(long)]
    pub base_url: Option<String>,
}

/// Builds and writes; content errors print as `file:line:column: message`.
pub fn run(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let source = SiteSource {
        content_dir: args.content,
        base_url: args.base_url,
    };
    let files = match threadwise::build(&source, &ThemeSource::Embedded) {
        Ok(files) => files,
        Err(e) => {
            super::report(&e);
            eprintln!("error: nothing was written");
            return Ok(ExitCode::FAILURE);
        }
    };
    if let Err(e) = files.write(&args.out) {
        super::report(&e);
        return Ok(ExitCode::FAILURE);
    }
    print!(
        "{}",
        BuildSummary::new(&files, &args.out, started.elapsed())
    );
    Ok(ExitCode::SUCCESS)
}
