//! A plain static file server for a built site, mounted under a path prefix
//! (as GitHub Pages serves a project under `/<repo>/`), that records every
//! request so tests can see what the browser fetched.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;

/// One request the server answered.
#[derive(Debug, Clone)]
pub struct Served {
    /// The URL path requested.
    pub path: String,
    /// The status sent.
    pub status: u16,
    /// The Content-Type sent, if any.
    pub content_type: String,
    /// The request's `Sec-Fetch-Dest` (`document`, `script`, `style`,
    /// `worker`, `empty` for fetch() and service-worker precaching...).
    pub dest: String,
    /// The request's `Referer`: the page, worker or service worker that asked.
    pub referer: String,
}

#[derive(Clone)]
struct ServerState {
    root: PathBuf,
    prefix: String,
    log: Arc<Mutex<Vec<Served>>>,
}

/// A running server; it stops when the test's runtime ends.
pub struct StaticServer {
    /// Where it listens.
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Served>>>,
    task: tokio::task::JoinHandle<()>,
}

impl StaticServer {
    /// Binds 127.0.0.1 on a free port. Call [`StaticServer::serve`] once the
    /// site (whose base URL needs the port) is built.
    pub async fn bind() -> (tokio::net::TcpListener, SocketAddr) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        (listener, addr)
    }

    /// Serves `root` under `prefix` (e.g. `/threadwise/`).
    pub fn serve(listener: tokio::net::TcpListener, root: PathBuf, prefix: &str) -> StaticServer {
        let addr = listener.local_addr().expect("local addr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let state = ServerState {
            root,
            prefix: prefix.to_string(),
            log: log.clone(),
        };
        let app = Router::new().fallback(handle).with_state(state);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        StaticServer { addr, log, task }
    }

    /// Stops listening, as a host that went away: new connections are
    /// refused, and since every response closes its connection, no open one
    /// lingers for the browser to reuse.
    pub fn stop(&self) {
        self.task.abort();
    }

    /// The URL of a site path under the prefix.
    pub fn url(&self, prefix: &str, path: &str) -> String {
        format!("http://{}{prefix}{path}", self.addr)
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Served> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, e)| e) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain",
        Some("py") => "text/x-python; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

async fn handle(State(state): State<ServerState>, uri: Uri, headers: HeaderMap) -> Response {
    let path = uri.path().to_string();
    let file = path.strip_prefix(&state.prefix).map(|rest| {
        if rest.is_empty() || rest.ends_with('/') {
            format!("{rest}index.html")
        } else {
            rest.to_string()
        }
    });
    let found = match &file {
        Some(file) if !file.split('/').any(|s| s == "..") => tokio::fs::read(state.root.join(file))
            .await
            .ok()
            .map(|b| (file.clone(), b)),
        _ => None,
    };
    let (status, file, body) = match found {
        Some((file, body)) => (StatusCode::OK, file, body),
        None => {
            let body = tokio::fs::read(state.root.join("404.html"))
                .await
                .unwrap_or_default();
            (StatusCode::NOT_FOUND, "404.html".to_string(), body)
        }
    };
    let kind = content_type(&file);
    if let Ok(mut log) = state.log.lock() {
        log.push(Served {
            path,
            status: status.as_u16(),
            content_type: kind.to_string(),
            dest: header_text(&headers, "sec-fetch-dest"),
            referer: header_text(&headers, "referer"),
        });
    }
    (
        status,
        [(header::CONTENT_TYPE, kind), (header::CONNECTION, "close")],
        body,
    )
        .into_response()
}

fn header_text(headers: &HeaderMap, name: &str) -> String {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}
