//! The built site as files, and writing them to a folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::site::SiteError;

/// How many threads write files at once.
const WRITERS: usize = 4;

/// A file in an output folder that marks it as ours, so a rebuild may clear it.
pub const MARKER: &str = ".threadwise-output";

/// Every file of a built site, keyed by its path under the output root
/// (`index.html`, `tags/basics/index.html`, `assets/style.0123456789.css`).
#[derive(Debug, Clone, Default)]
pub struct SiteFiles {
    files: BTreeMap<String, Vec<u8>>,
}

impl SiteFiles {
    /// Adds or replaces a file.
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), bytes.into());
    }

    /// The file at this path.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Every file, sorted by path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, b)| (p.as_str(), b.as_slice()))
    }

    /// How many files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Writes every file under `out`, replacing an earlier build there. A
    /// non-empty folder without our marker is left alone.
    pub fn write(&self, out: &Path) -> Result<(), SiteError> {
        prepare_dir(out)?;
        let mut made: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
        for path in self.files.keys() {
            if let Some(parent) = out.join(path).parent() {
                if made.insert(parent.to_path_buf()) {
                    std::fs::create_dir_all(parent).map_err(|source| SiteError::Write {
                        path: parent.to_path_buf(),
                        source,
                    })?;
                }
            }
        }
        // Thousands of small files: the file system, not the CPU, is the
        // limit, so several writers keep it busy.
        let files: Vec<(&String, &Vec<u8>)> = self.files.iter().collect();
        let chunk = files.len().div_ceil(WRITERS).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = files
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        for (path, bytes) in part {
                            let target = out.join(path);
                            std::fs::write(&target, bytes).map_err(|source| SiteError::Write {
                                path: target.clone(),
                                source,
                            })?;
                        }
                        Ok::<(), SiteError>(())
                    })
                })
                .collect();
            for handle in handles {
                handle
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e))?;
            }
            Ok::<(), SiteError>(())
        })?;
        let marker = out.join(MARKER);
        std::fs::write(
            &marker,
            "Written by `threadwise build`; the next build replaces this folder.\n",
        )
        .map_err(|source| SiteError::Write {
            path: marker,
            source,
        })
    }
}

fn prepare_dir(out: &Path) -> Result<(), SiteError> {
    let write_error = |source| SiteError::Write {
        path: out.to_path_buf(),
        source,
    };
    match std::fs::read_dir(out) {
        Ok(mut entries) => {
            if entries.next().is_none() {
                return Ok(());
            }
            if !out.join(MARKER).is_file() {
                return Err(SiteError::ForeignOutput(out.to_path_buf()));
            }
            std::fs::remove_dir_all(out).map_err(write_error)?;
            std::fs::create_dir_all(out).map_err(write_error)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(out).map_err(write_error)
        }
        Err(e) => Err(write_error(e)),
    }
}
