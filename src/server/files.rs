//! Answering a request from the in-memory build, with the live-reload script
//! and any build error injected into HTML pages.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::html::escape;
use crate::output::SiteFiles;

/// The media type for a file name, by extension.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("py") => "text/x-python; charset=utf-8",
        Some("json") => "application/json",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// The site file for a URL path: `/` and `/x/` mean their `index.html`.
fn lookup<'a>(files: &'a SiteFiles, url_path: &str) -> Option<(String, &'a [u8])> {
    let path = url_path.trim_start_matches('/');
    let path = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    };
    files.get(&path).map(|bytes| (path, bytes))
}

/// The response for `url_path`.
pub fn respond(files: &SiteFiles, error: Option<&str>, url_path: &str) -> Response {
    if let Some((path, bytes)) = lookup(files, url_path) {
        return file_response(StatusCode::OK, &path, bytes, error);
    }
    // `/question` without its slash: send the browser to the folder.
    let folder = format!("{}/", url_path.trim_end_matches('/'));
    if lookup(files, &folder).is_some() {
        return (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, folder)]).into_response();
    }
    match files.get("404.html") {
        Some(bytes) => file_response(StatusCode::NOT_FOUND, "404.html", bytes, error),
        None => {
            let body = inject(
                b"<!doctype html><title>Threadwise</title><body></body>",
                error,
            );
            html_response(StatusCode::INTERNAL_SERVER_ERROR, body)
        }
    }
}

fn file_response(status: StatusCode, path: &str, bytes: &[u8], error: Option<&str>) -> Response {
    if path.ends_with(".html") {
        return html_response(status, inject(bytes, error));
    }
    let mut response = (status, bytes.to_vec()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(path)),
    );
    response
}

fn html_response(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // Pages change on every rebuild; never let the browser reuse one.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Adds the reload script, and the build error as a banner.
fn inject(bytes: &[u8], error: Option<&str>) -> String {
    let mut html = String::from_utf8_lossy(bytes).into_owned();
    let script = format!(
        "<script>new EventSource(\"{}\").addEventListener(\"reload\", () => location.reload());</script>",
        super::EVENTS_PATH
    );
    let at = html.rfind("</body>").unwrap_or(html.len());
    html.insert_str(at, &script);
    if let Some(error) = error {
        let banner = format!(
            "<div role=\"alert\" style=\"margin:0;padding:1rem 1.25rem;background:#fff0ee;color:#7a1a12;border-bottom:2px solid #a3302a;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap\"><strong>The build failed; this is the last good build.</strong>\n{}</div>",
            escape(error)
        );
        let at = html.find("<body>").map_or(0, |i| i + "<body>".len());
        html.insert_str(at, &banner);
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteFiles {
        let mut files = SiteFiles::default();
        files.insert("index.html", "<html><body><p>home</p></body></html>");
        files.insert("q/index.html", "<html><body>q</body></html>");
        files.insert("404.html", "<html><body>missing</body></html>");
        files.insert("assets/a.wasm", vec![0u8, 97, 115, 109]);
        files
    }

    #[test]
    fn serves_indexes_wasm_and_404() {
        let files = site();
        assert_eq!(respond(&files, None, "/").status(), StatusCode::OK);
        assert_eq!(
            respond(&files, None, "/q").status(),
            StatusCode::PERMANENT_REDIRECT
        );
        assert_eq!(
            respond(&files, None, "/nope").status(),
            StatusCode::NOT_FOUND
        );
        let wasm = respond(&files, None, "/assets/a.wasm");
        assert_eq!(wasm.headers()[header::CONTENT_TYPE], "application/wasm");
    }

    #[test]
    fn errors_and_reload_script_are_injected() {
        let html = inject(
            b"<html><body><p>x</p></body></html>",
            Some("a.md:1:1: <bad>"),
        );
        assert!(html.contains("a.md:1:1: &lt;bad&gt;"));
        assert!(html.contains("EventSource"));
        assert!(html.find("role=\"alert\"") < html.find("<p>x</p>"));
    }
}
