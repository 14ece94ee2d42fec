//! Watching content and theme files to trigger rebuilds. Bursts of changes
//! (an editor's save is often several events) cause one rebuild.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use notify::event::ModifyKind;
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long to wait for a burst of changes to settle.
const SETTLE: Duration = Duration::from_millis(150);

/// Watches `paths` and calls `on_change` on a background thread after each
/// burst of modifications. Reads are ignored: the rebuild itself reads every
/// watched file. Watching stops when the returned watcher is dropped.
pub fn start(
    paths: &[PathBuf],
    on_change: impl Fn() + Send + 'static,
) -> anyhow::Result<RecommendedWatcher> {
    let (tx, rx) = mpsc::channel::<()>();
    let mut watcher =
        notify::recommended_watcher(move |result: notify::Result<Event>| match result {
            Ok(event) if is_change(&event.kind) => {
                let _ = tx.send(());
            }
            Ok(_) => {}
            Err(e) => eprintln!("watching files: {e}"),
        })?;
    for path in paths {
        if !path.exists() {
            eprintln!(
                "warning: {} does not exist; not watching it",
                path.display()
            );
            continue;
        }
        watcher
            .watch(path, RecursiveMode::Recursive)
            .map_err(|e| anyhow::anyhow!("cannot watch {}: {e}", path.display()))?;
    }
    std::thread::spawn(move || {
        // Ends when the watcher, and with it the sender, is dropped.
        while rx.recv().is_ok() {
            while rx.recv_timeout(SETTLE).is_ok() {}
            on_change();
        }
    });
    Ok(watcher)
}

fn is_change(kind: &EventKind) -> bool {
    match kind {
        // Access times change when the rebuild reads a file.
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any => true,
        EventKind::Access(_) | EventKind::Other => false,
    }
}
