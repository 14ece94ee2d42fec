//! Static assets (CSS, JS, the playground's wasm and its JS glue) with
//! content-hashed file names, so hosts can cache them forever.
//!
//! Text assets may name another asset as `__ASSET:name__`; it becomes that
//! asset's hashed file name. Assets are processed in dependency order, so the
//! worker's hash covers the glue it imports, and the page script's hash covers
//! the worker.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use thiserror::Error;

/// The folder, under the output root, that holds every asset.
pub const ASSET_DIR: &str = "assets";

/// The playground's wasm and glue, built by build.rs.
const WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/threadwise_playground_bg.wasm"));
const GLUE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/threadwise_playground.js"));

/// The asset-name prefix of the standard library's module files: the
/// worker names them all as `__ASSET_MAP:py-__`.
const STDLIB_PREFIX: &str = "py-";

/// The theme's static files, in dependency order (a file may only name files
/// listed before it). The wasm and glue come first, from build.rs.
const THEME_FILES: &[(&str, &[u8])] = &[
    ("worker.js", include_bytes!("../site/static/worker.js")),
    ("pg-dom.js", include_bytes!("../site/static/pg-dom.js")),
    (
        "pg-engine.js",
        include_bytes!("../site/static/pg-engine.js"),
    ),
    ("pg-pool.js", include_bytes!("../site/static/pg-pool.js")),
    (
        "pg-editor.js",
        include_bytes!("../site/static/pg-editor.js"),
    ),
    (
        "pg-output.js",
        include_bytes!("../site/static/pg-output.js"),
    ),
    ("pg-lanes.js", include_bytes!("../site/static/pg-lanes.js")),
    (
        "pg-inspector.js",
        include_bytes!("../site/static/pg-inspector.js"),
    ),
    ("pg-share.js", include_bytes!("../site/static/pg-share.js")),
    ("pg-tools.js", include_bytes!("../site/static/pg-tools.js")),
    (
        "playground.js",
        include_bytes!("../site/static/playground.js"),
    ),
    ("search.js", include_bytes!("../site/static/search.js")),
    ("site.js", include_bytes!("../site/static/site.js")),
    ("style.css", include_bytes!("../site/static/style.css")),
    ("icon.svg", include_bytes!("../site/static/icon.svg")),
];

/// Theme files served from the site root under their own name: a service
/// worker's scope is its folder, and its URL must stay the same across
/// deploys for browsers to find the update.
const ROOT_FILES: &[(&str, &[u8])] = &[("sw.js", include_bytes!("../site/static/sw.js"))];

/// Where the theme's static files come from.
#[derive(Debug, Clone, Default)]
pub enum ThemeSource {
    /// The copies compiled into the binary.
    #[default]
    Embedded,
    /// A folder such as `site/static/`, read at build time (for `serve`, so
    /// style edits show without recompiling); missing files fall back to the
    /// embedded copies.
    Dir(PathBuf),
}

/// Why the assets could not be prepared.
#[derive(Debug, Error)]
pub enum AssetError {
    /// A theme file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// A text asset names an asset that is not (yet) known.
    #[error("{file}: `__ASSET:{name}__` names no asset listed before it")]
    UnknownReference {
        /// The asset with the reference.
        file: String,
        /// The name it used.
        name: String,
    },
}

/// One asset ready to write.
#[derive(Debug, Clone)]
pub struct Asset {
    /// The source name, e.g. `style.css`.
    pub name: String,
    /// The hashed name, e.g. `style.0123456789.css`.
    pub file_name: String,
    /// The content.
    pub bytes: Vec<u8>,
    /// The assets a JS module imports statically (`from "./__ASSET:x__"`).
    pub imports: Vec<String>,
}

/// Every asset of a build.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    list: Vec<Asset>,
    root_files: Vec<(String, Vec<u8>)>,
}

impl Assets {
    /// Reads, links and hashes every asset.
    pub fn prepare(source: &ThemeSource) -> Result<Assets, AssetError> {
        let mut assets = Assets::default();
        assets.add("threadwise_playground_bg.wasm", WASM.to_vec());
        assets.add("threadwise_playground.js", GLUE.to_vec());
        // The engine's Python standard library, one file per module, fetched
        // by the worker on first import (the wasm carries none of it).
        for (module, source) in threadwise_playground::engine::stdlib::SOURCES {
            assets.add(
                &format!("{STDLIB_PREFIX}{module}.py"),
                source.as_bytes().to_vec(),
            );
        }
        for (name, embedded) in THEME_FILES {
            let bytes = match source {
                ThemeSource::Embedded => embedded.to_vec(),
                ThemeSource::Dir(dir) => read_or_embedded(&dir.join(name), embedded)?,
            };
            let imports = static_imports(&bytes);
            let bytes = assets.link(name, bytes)?;
            assets.add(name, bytes);
            if let Some(asset) = assets.list.last_mut() {
                asset.imports = imports;
            }
        }
        for (name, embedded) in ROOT_FILES {
            let bytes = match source {
                ThemeSource::Embedded => embedded.to_vec(),
                ThemeSource::Dir(dir) => read_or_embedded(&dir.join(name), embedded)?,
            };
            assets.root_files.push((name.to_string(), bytes));
        }
        Ok(assets)
    }

    /// Adds an asset made during the build (the search index).
    pub fn add_generated(&mut self, name: &str, bytes: Vec<u8>) {
        self.add(name, bytes);
    }

    /// A root file's source (`sw.js`), before any linking.
    pub fn root_file(&self, name: &str) -> Option<&[u8]> {
        self.root_files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.as_slice())
    }

    fn add(&mut self, name: &str, bytes: Vec<u8>) {
        let file_name = hashed_name(name, &bytes);
        self.list.push(Asset {
            name: name.to_string(),
            file_name,
            bytes,
            imports: Vec::new(),
        });
    }

    /// Replaces `__ASSET:name__` in a text asset with hashed names, and
    /// `__ASSET_MAP:prefix__` with a JSON object from each asset named
    /// `prefix` + `stem.ext` to its hashed name, keyed by `stem`.
    pub fn link(&self, file: &str, bytes: Vec<u8>) -> Result<Vec<u8>, AssetError> {
        let Ok(text) = String::from_utf8(bytes.clone()) else {
            return Ok(bytes);
        };
        let text = replace_tokens(&text, "__ASSET_MAP:", |prefix| Ok(self.asset_map(prefix)))?;
        let text = replace_tokens(&text, "__ASSET:", |name| {
            self.get(name)
                .map(|asset| asset.file_name.clone())
                .ok_or_else(|| AssetError::UnknownReference {
                    file: file.to_string(),
                    name: name.to_string(),
                })
        })?;
        Ok(text.into_bytes())
    }

    /// `{stem: hashed name}` for every asset named `prefix` + `stem.ext`, as JSON.
    fn asset_map(&self, prefix: &str) -> String {
        let map: serde_json::Map<String, serde_json::Value> = self
            .list
            .iter()
            .filter_map(|a| {
                let key = a.name.strip_prefix(prefix)?;
                let key = key.rsplit_once('.').map_or(key, |(stem, _)| stem);
                Some((key.to_string(), a.file_name.clone().into()))
            })
            .collect();
        serde_json::Value::Object(map).to_string()
    }

    /// The asset with this source name.
    pub fn get(&self, name: &str) -> Option<&Asset> {
        self.list.iter().find(|a| a.name == name)
    }

    /// The site path of an asset, e.g. `assets/style.0123456789.css`; an
    /// unknown name gives a path that will 404 rather than a panic.
    pub fn site_path(&self, name: &str) -> String {
        let file = self.get(name).map_or(name, |a| a.file_name.as_str());
        format!("{ASSET_DIR}/{file}")
    }

    /// The site paths of every module `name` imports, directly or not, so a
    /// page can ask for them all at once (`modulepreload`) instead of one
    /// level of imports at a time.
    pub fn module_graph(&self, name: &str) -> Vec<String> {
        let mut seen: Vec<&str> = Vec::new();
        let mut todo = vec![name];
        while let Some(next) = todo.pop() {
            for import in self.get(next).map_or(&[][..], |a| a.imports.as_slice()) {
                if !seen.contains(&import.as_str()) {
                    seen.push(import);
                    todo.push(import);
                }
            }
        }
        seen.into_iter().map(|n| self.site_path(n)).collect()
    }

    /// Every asset.
    pub fn iter(&self) -> impl Iterator<Item = &Asset> {
        self.list.iter()
    }
}

/// Replaces each `open` + `argument` + `__` in `text` with `replace(argument)`.
fn replace_tokens(
    text: &str,
    open: &str,
    mut replace: impl FnMut(&str) -> Result<String, AssetError>,
) -> Result<String, AssetError> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        let after = &rest[start + open.len()..];
        let end = after.find("__").unwrap_or(after.len());
        out.push_str(&replace(&after[..end])?);
        rest = after.get(end + 2..).unwrap_or("");
    }
    out.push_str(rest);
    Ok(out)
}

/// The asset names a JS module's static `import` statements name.
fn static_imports(bytes: &[u8]) -> Vec<String> {
    const PREFIXES: [&str; 2] = ["from \"./__ASSET:", "import \"./__ASSET:"];
    let text = String::from_utf8_lossy(bytes);
    let mut names = Vec::new();
    for prefix in PREFIXES {
        for (start, _) in text.match_indices(prefix) {
            let after = &text[start + prefix.len()..];
            if let Some(end) = after.find("__") {
                names.push(after[..end].to_string());
            }
        }
    }
    names
}

fn read_or_embedded(path: &Path, embedded: &[u8]) -> Result<Vec<u8>, AssetError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(embedded.to_vec()),
        Err(source) => Err(AssetError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The first `bytes` bytes of the SHA-256 of `data`, as hex: short enough for
/// a file name, long enough that builds never collide in practice.
pub(crate) fn short_digest(data: &[u8], bytes: usize) -> String {
    Sha256::digest(data)
        .iter()
        .take(bytes)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `name.ext` becomes `name.<10 hex digits of SHA-256>.ext`.
fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let hash = short_digest(bytes, 5);
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_content_hash() {
        let a = hashed_name("style.css", b"a");
        let b = hashed_name("style.css", b"b");
        assert!(a.starts_with("style.") && a.ends_with(".css"));
        assert_ne!(a, b);
        assert_eq!(a.len(), "style..css".len() + 10);
    }

    #[test]
    fn references_resolve_to_hashed_names() {
        let assets = Assets::prepare(&ThemeSource::Embedded).unwrap();
        let worker = assets.get("worker.js").unwrap();
        let glue = assets.get("threadwise_playground.js").unwrap();
        let text = String::from_utf8(worker.bytes.clone()).unwrap();
        assert!(text.contains(&glue.file_name));
        assert!(!text.contains("__ASSET:"));
    }

    #[test]
    fn module_graph_follows_static_imports_only() {
        let assets = Assets::prepare(&ThemeSource::Embedded).unwrap();
        let graph = assets.module_graph("playground.js");
        let has = |name: &str| graph.contains(&assets.site_path(name));
        // Imported by playground.js, and by one of its imports.
        assert!(has("pg-pool.js") && has("pg-engine.js"), "{graph:?}");
        assert!(has("threadwise_playground.js"), "{graph:?}");
        // Named with `new URL(...)`, not imported: the worker and the wasm.
        assert!(
            !has("worker.js") && !has("threadwise_playground_bg.wasm"),
            "{graph:?}"
        );
        assert!(!has("playground.js"));
        let mut unique = graph.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), graph.len(), "each module once: {graph:?}");
    }

    #[test]
    fn the_worker_names_every_standard_library_file() {
        let assets = Assets::prepare(&ThemeSource::Embedded).unwrap();
        let worker = String::from_utf8(assets.get("worker.js").unwrap().bytes.clone()).unwrap();
        assert!(!worker.contains("__ASSET_MAP:"));
        for module in threadwise_playground::engine::stdlib::MODULES {
            let file = &assets
                .get(&format!("{STDLIB_PREFIX}{module}.py"))
                .unwrap()
                .file_name;
            assert!(
                worker.contains(&format!("\"{module}\":\"{file}\"")),
                "worker.js does not name {module}"
            );
        }
    }

    #[test]
    fn unknown_reference_is_an_error() {
        let assets = Assets::default();
        let err = assets.link("x.js", b"import '__ASSET:nope.js__'".to_vec());
        assert!(matches!(err, Err(AssetError::UnknownReference { .. })));
    }
}
