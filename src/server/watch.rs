//! Watching content and theme files, debounced, to trigger rebuilds.

use std::path::PathBuf;
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{new_debouncer, DebounceEventResult, Debouncer};

/// Watches `paths` and calls `on_change` (on a background thread) after each
/// burst of changes. Watching stops when the returned value is dropped.
pub fn start(
    paths: &[PathBuf],
    on_change: impl Fn() + Send + 'static,
) -> anyhow::Result<Debouncer<RecommendedWatcher>> {
    let mut debouncer = new_debouncer(
        Duration::from_millis(150),
        move |result: DebounceEventResult| match result {
            Ok(events) if !events.is_empty() => on_change(),
            Ok(_) => {}
            Err(e) => eprintln!("watching files: {e}"),
        },
    )?;
    for path in paths {
        debouncer
            .watcher()
            .watch(path, RecursiveMode::Recursive)
            .map_err(|e| anyhow::anyhow!("cannot watch {}: {e}", path.display()))?;
    }
    Ok(debouncer)
}
