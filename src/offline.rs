//! The service worker (`sw.js`, at the site root so its scope is the whole
//! site): the theme's script with this build's precache list and cache
//! version filled in.

use crate::assets::{short_digest, AssetError, Assets};

/// The service worker's file name, at the site root.
pub const SERVICE_WORKER: &str = "sw.js";

/// The service worker for a build whose assets are `assets` (the search
/// index included): every asset is precached, and the cache is named after
/// the list of hashed names, so any change to any asset makes a new cache
/// and the worker deletes the old one.
pub fn service_worker(assets: &Assets) -> Result<Vec<u8>, AssetError> {
    let template = assets.root_file(SERVICE_WORKER).unwrap_or_default();
    let linked = assets.link(SERVICE_WORKER, template.to_vec())?;
    let text = String::from_utf8_lossy(&linked);
    let paths: Vec<String> = assets.iter().map(|a| assets.site_path(&a.name)).collect();
    let precache = serde_json::to_string(&paths).unwrap_or_else(|_| "[]".to_string());
    Ok(text
        .replace("__PRECACHE__", &precache)
        .replace("__CACHE_VERSION__", &cache_version(&paths))
        .into_bytes())
}

/// 12 hex digits of SHA-256 over the hashed asset paths, one per line.
fn cache_version(paths: &[String]) -> String {
    let listing: String = paths.iter().map(|p| format!("{p}\n")).collect();
    short_digest(listing.as_bytes(), 6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::ThemeSource;

    fn script(assets: &Assets) -> String {
        String::from_utf8(service_worker(assets).unwrap()).unwrap()
    }

    #[test]
    fn precaches_every_asset_and_names_the_cache_for_this_build() {
        let assets = Assets::prepare(&ThemeSource::Embedded).unwrap();
        let text = script(&assets);
        assert!(!text.contains("__PRECACHE__") && !text.contains("__CACHE_VERSION__"));
        for asset in assets.iter() {
            assert!(
                text.contains(&format!("\"assets/{}\"", asset.file_name)),
                "{} is not precached",
                asset.name
            );
        }
    }

    #[test]
    fn a_changed_asset_changes_the_cache_version() {
        let mut a = Assets::prepare(&ThemeSource::Embedded).unwrap();
        let mut b = a.clone();
        let unchanged = script(&a);
        a.add_generated("search-index.json", b"{\"v\":1}".to_vec());
        b.add_generated("search-index.json", b"{\"v\":2}".to_vec());
        let version = |s: &str| {
            let start = s.find("VERSION = \"").unwrap() + "VERSION = \"".len();
            s[start..start + 12].to_string()
        };
        assert_ne!(version(&script(&a)), version(&script(&b)));
        assert_ne!(version(&script(&a)), version(&unchanged));
        assert_eq!(version(&script(&a)), version(&script(&a.clone())));
    }
}
