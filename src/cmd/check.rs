//! `threadwise check`: validate content, then run every example that has a
//! recorded output and compare.

use std::path::PathBuf;
use std::process::ExitCode;

use threadwise::examples::{check_examples, CPython, Engine, ExampleRunner};
use threadwise::site::{Site, SiteSource};

/// Arguments of `threadwise check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The folder of Markdown questions.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// Check front matter and links only; do not run examples.
    #[arg(long)]
    pub no_run: bool,
}

/// Exits non-zero when anything is wrong.
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let source = SiteSource {
        content_dir: args.content,
        base_url: None,
    };
    let site = match Site::load(&source) {
        Ok(site) => site,
        Err(e) => {
            super::report(&e);
            return Ok(ExitCode::FAILURE);
        }
    };
    let examples: usize = site.questions.iter().map(|q| q.body.examples.len()).sum();
    println!(
        "Checked {} questions: front matter, tags, related questions and links are fine.",
        site.questions.len()
    );
    if args.no_run {
        return Ok(ExitCode::SUCCESS);
    }
    // CPython recorded the outputs; the engine must print the same in the browser.
    let mut runners: Vec<Box<dyn ExampleRunner>> = vec![Box::new(Engine::new())];
    match CPython::detect() {
        Some(cpython) => runners.push(Box::new(cpython)),
        None => println!(
            "skipped: python3 is not on PATH, so {examples} examples were not run under CPython"
        ),
    }
    let mut failed = 0;
    for runner in &runners {
        let report = check_examples(&site, runner.as_ref());
        for d in &report.diagnostics.0 {
            eprintln!("{d}");
        }
        failed += report.diagnostics.0.len();
        println!(
            "{}: {} examples compared, {} failed, {} without recorded output",
            runner.name(),
            report.compared,
            report.diagnostics.0.len(),
            report.without_output
        );
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
