//! `threadwise serve`: build, serve on 127.0.0.1, rebuild and reload on change.

use std::path::PathBuf;
use std::process::ExitCode;

use threadwise::server::{serve, ServeOptions};

/// Arguments of `threadwise serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The folder of Markdown questions.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// The port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
}

/// Runs the dev server until interrupted.
pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    // Theme files are read from `site/` when it is there (a checkout), so
    // style and script edits show without recompiling.
    let theme_dir = PathBuf::from("site");
    let options = ServeOptions {
        content_dir: args.content,
        theme_dir: theme_dir.is_dir().then_some(theme_dir),
        port: args.port,
    };
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(serve(options))?;
    Ok(ExitCode::SUCCESS)
}
