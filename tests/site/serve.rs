//! `threadwise serve`: serves the build, rebuilds when content changes, and
//! shows content errors in the page while it keeps serving.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::fixtures;

/// Stops the server even when an assertion fails.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("file name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy file");
        }
    }
}

/// A minimal HTTP/1.0 GET: status line and body.
fn get(port: u16, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let status = response.lines().next().unwrap_or_default().to_string();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn wait_for(port: u16, path: &str, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (_, body) = get(port, path);
        if body.contains(needle) {
            return body;
        }
        assert!(Instant::now() < deadline, "{path} never showed `{needle}`");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn serve_rebuilds_on_change_and_shows_errors_in_the_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixtures().join("site"), dir.path());
    let child = Command::new(env!("CARGO_BIN_EXE_threadwise"))
        .args(["serve", "--content", "content", "--port", "0"])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start serve");
    let mut server = Server(child);
    let stdout = server.0.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let url = loop {
        let line = lines
            .next()
            .expect("serve printed its URL")
            .expect("a line");
        if let Some(url) = line.strip_prefix("Serving Threadwise at ") {
            break url
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
        }
    };
    let port: u16 = url
        .trim_start_matches("http://127.0.0.1:")
        .trim_end_matches('/')
        .parse()
        .expect("a port in the URL");
    // Keep reading stdout so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});

    let (status, body) = get(port, "/locks/");
    assert!(status.contains("200"), "{status}");
    assert!(body.contains("<h1>When do I need a lock?</h1>"));
    assert!(body.contains("/__threadwise/events"), "live reload script");
    let (status, _) = get(port, "/no-such-page/");
    assert!(status.contains("404"), "{status}");

    let locks = dir.path().join("content/locks.md");
    let text = std::fs::read_to_string(&locks).expect("read");
    std::fs::write(
        &locks,
        text.replace("When do I need a lock?", "When do I need a mutex?"),
    )
    .expect("edit");
    wait_for(port, "/locks/", "<h1>When do I need a mutex?</h1>");

    std::fs::write(
        dir.path().join("content/broken.md"),
        "+++\ntitle = 1\n+++\n",
    )
    .expect("write");
    let body = wait_for(port, "/locks/", "role=\"alert\"");
    assert!(
        body.contains("broken.md:2:9: front matter: invalid type"),
        "{body}"
    );
    assert!(
        body.contains("<h1>When do I need a mutex?</h1>"),
        "the last good build stays"
    );
}
