//! `threadwise serve`: builds the site into memory, serves it on 127.0.0.1,
//! rebuilds when content or theme files change, and reloads open pages over
//! server-sent events. A build error is shown in the terminal and on every
//! page, and the server keeps running.

mod files;
mod watch;

use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::Uri;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use crate::assets::ThemeSource;
use crate::output::SiteFiles;
use crate::site::SiteSource;

/// The path of the live-reload event stream.
pub const EVENTS_PATH: &str = "/__threadwise/events";

/// What `serve` needs to know.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The content folder.
    pub content_dir: PathBuf,
    /// The theme folder to watch and read static files from, if present.
    pub theme_dir: Option<PathBuf>,
    /// The port on 127.0.0.1.
    pub port: u16,
}

/// The latest build: its files, or the error that stopped it.
#[derive(Default)]
struct Current {
    files: SiteFiles,
    error: Option<String>,
}

#[derive(Clone)]
struct AppState {
    current: Arc<RwLock<Current>>,
    reload: broadcast::Sender<()>,
}

/// Builds, serves and watches until the process is stopped.
pub async fn serve(options: ServeOptions) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", options.port))
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on 127.0.0.1:{}: {e}", options.port))?;
    let port = listener.local_addr()?.port();
    let base_url = format!("http://127.0.0.1:{port}/");
    let source = SiteSource {
        content_dir: options.content_dir.clone(),
        base_url: Some(base_url.clone()),
    };
    let theme = options
        .theme_dir
        .as_ref()
        .map(|dir| ThemeSource::Dir(dir.join("static")))
        .unwrap_or_default();

    let (reload, _) = broadcast::channel(16);
    let state = AppState {
        current: Arc::new(RwLock::new(Current::default())),
        reload,
    };
    let rebuild = {
        let state = state.clone();
        move || rebuild(&state, &source, &theme)
    };
    rebuild();

    let mut watched = vec![options.content_dir.clone()];
    watched.extend(options.theme_dir.iter().cloned());
    let config = crate::config::config_path(
        &SiteSource {
            content_dir: options.content_dir.clone(),
            base_url: None,
        }
        .root(),
    );
    if config.is_file() {
        watched.push(config);
    }
    let _watcher = watch::start(&watched, rebuild)?;

    let app = Router::new()
        .route(EVENTS_PATH, get(events))
        .fallback(get(page))
        .with_state(state);
    println!("Serving Threadwise at {base_url} (Ctrl-C to stop)");
    axum::serve(listener, app).await?;
    Ok(())
}

fn rebuild(state: &AppState, source: &SiteSource, theme: &ThemeSource) {
    let started = Instant::now();
    let result = crate::build(source, theme);
    let mut current = match state.current.write() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    };
    match result {
        Ok(files) => {
            println!(
                "Built {} files in {} ms",
                files.len(),
                started.elapsed().as_millis()
            );
            current.files = files;
            current.error = None;
        }
        Err(e) => {
            eprintln!("{e}");
            eprintln!("The build failed; still serving the last good build.");
            current.error = Some(e.to_string());
        }
    }
    drop(current);
    let _ = state.reload.send(());
}

async fn page(State(state): State<AppState>, uri: Uri) -> Response {
    let current = match state.current.read() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    };
    files::respond(&current.files, current.error.as_deref(), uri.path())
}

async fn events(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = BroadcastStream::new(state.reload.subscribe())
        .map(|_| Ok(Event::default().event("reload").data("reload")));
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}
