//! The one-screen report `threadwise build` prints: pages, bytes, the
//! largest files and the time taken.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::output::SiteFiles;

/// How many of the largest files the summary names.
pub const LARGEST: usize = 5;

/// What a build wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildSummary {
    /// The output folder.
    pub out: PathBuf,
    /// HTML pages.
    pub pages: usize,
    /// Every file.
    pub files: usize,
    /// Bytes of all files.
    pub total_bytes: u64,
    /// The largest files, largest first (ties by path), with their sizes.
    pub largest: Vec<(String, u64)>,
    /// From start to the last file written.
    pub elapsed: Duration,
}

impl BuildSummary {
    /// Summarises `files`, written to `out` in `elapsed`.
    pub fn new(files: &SiteFiles, out: &Path, elapsed: Duration) -> BuildSummary {
        let mut sizes: Vec<(String, u64)> = files
            .iter()
            .map(|(path, bytes)| (path.to_string(), bytes.len() as u64))
            .collect();
        let pages = sizes.iter().filter(|(p, _)| p.ends_with(".html")).count();
        let total_bytes = sizes.iter().map(|(_, n)| n).sum();
        sizes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        sizes.truncate(LARGEST);
        BuildSummary {
            out: out.to_path_buf(),
            pages,
            files: files.len(),
            total_bytes,
            largest: sizes,
            elapsed,
        }
    }
}

impl fmt::Display for BuildSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Built {} pages ({} files, {}) into {} in {} ms",
            self.pages,
            self.files,
            human_bytes(self.total_bytes),
            self.out.display(),
            self.elapsed.as_millis()
        )?;
        if !self.largest.is_empty() {
            writeln!(f, "Largest files:")?;
        }
        for (path, size) in &self.largest {
            writeln!(f, "  {:>10}  {path}", human_bytes(*size))?;
        }
        Ok(())
    }
}

/// `389 B`, `14.6 KiB`, `1.58 MiB`.
pub fn human_bytes(n: u64) -> String {
    const KIB: f64 = 1024.0;
    let x = n as f64;
    if n < 1024 {
        format!("{n} B")
    } else if x < KIB * KIB {
        format!("{:.1} KiB", x / KIB)
    } else {
        format!("{:.2} MiB", x / (KIB * KIB))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> SiteFiles {
        let mut files = SiteFiles::default();
        files.insert("index.html", vec![b'x'; 300]);
        files.insert("a/index.html", vec![b'x'; 2000]);
        files.insert("assets/big.wasm", vec![0; 3 * 1024 * 1024]);
        for i in 0..5 {
            files.insert(format!("assets/f{i}.js"), vec![b'x'; 100 + i]);
        }
        files
    }

    #[test]
    fn counts_pages_files_and_bytes() {
        let s = BuildSummary::new(&files(), Path::new("dist"), Duration::from_millis(42));
        assert_eq!((s.pages, s.files), (2, 8));
        assert_eq!(
            s.total_bytes,
            300 + 2000 + 3 * 1024 * 1024 + 100 + 101 + 102 + 103 + 104
        );
    }

    #[test]
    fn names_the_five_largest_largest_first() {
        let s = BuildSummary::new(&files(), Path::new("dist"), Duration::ZERO);
        let names: Vec<&str> = s.largest.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            names,
            [
                "assets/big.wasm",
                "a/index.html",
                "index.html",
                "assets/f4.js",
                "assets/f3.js"
            ]
        );
    }

    #[test]
    fn fits_one_screen() {
        let s = BuildSummary::new(&files(), Path::new("dist"), Duration::from_millis(7));
        let text = s.to_string();
        assert!(
            text.starts_with("Built 2 pages (8 files, 3.00 MiB) into dist in 7 ms\n"),
            "{text}"
        );
        assert!(text.contains("    3.00 MiB  assets/big.wasm\n"), "{text}");
        assert!(text.contains("     2.0 KiB  a/index.html\n"), "{text}");
        assert_eq!(text.lines().count(), 2 + LARGEST);
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_bytes(389), "389 B");
        assert_eq!(human_bytes(15_000), "14.6 KiB");
        assert_eq!(human_bytes(1_653_606), "1.58 MiB");
    }
}
