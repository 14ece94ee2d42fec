//! One module per subcommand.

pub mod build;
pub mod check;
pub mod run;
pub mod serve;

use threadwise::site::SiteError;

/// Prints a site error; content diagnostics go one per line.
pub fn report(error: &SiteError) {
    match error {
        SiteError::Content(diagnostics) => {
            for d in &diagnostics.0 {
                eprintln!("{d}");
            }
            let n = diagnostics.0.len();
            eprintln!(
                "error: {n} problem{} in the content",
                if n == 1 { "" } else { "s" }
            );
        }
        other => eprintln!("error: {other}"),
    }
}
