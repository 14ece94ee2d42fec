//! The `threadwise` command: build, serve and check the site; run Python.

mod cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Threadwise: questions and answers about Python threads, with runnable examples.
#[derive(Debug, Parser)]
#[command(name = "threadwise", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write the static site to a folder.
    Build(cmd::build::BuildArgs),
    /// Build, serve on 127.0.0.1 and rebuild on change, with live reload.
    Serve(cmd::serve::ServeArgs),
    /// Check content: front matter, links, and every example's output.
    Check(cmd::check::CheckArgs),
    /// Run a Python file on the Threadwise engine.
    Run(cmd::run::RunArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Run(args) => cmd::run::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
