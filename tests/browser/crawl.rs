//! The built project site under `/threadwise/` on a plain static server:
//! every page reached by following links answers 200, every internal link
//! and anchor leads somewhere, and the home page alone (no JavaScript)
//! links every question.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

use crate::support::server::StaticServer;
use crate::support::{build_content, project_content};
use crate::PREFIX;

/// One plain HTTP/1.0 GET: status and body.
fn get(addr: SocketAddr, path: &str) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let head_end = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8_lossy(&response[..head_end]);
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status code");
    (status, response[head_end + 4..].to_vec())
}

/// Values of `href`, `src` and `data-index` attributes.
fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in [" href=\"", " src=\"", " data-index=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            let value = &rest[at + attr.len()..];
            let end = value.find('"').unwrap_or(value.len());
            out.push(value[..end].replace("&amp;", "&"));
            rest = &value[end..];
        }
    }
    out
}

/// Ids on a page, for anchor checks.
fn ids(html: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = html;
    while let Some(at) = rest.find(" id=\"") {
        let value = &rest[at + 5..];
        let end = value.find('"').unwrap_or(value.len());
        out.insert(value[..end].to_string());
        rest = &value[end..];
    }
    out
}

/// The site path and fragment of an internal reference, `None` for an
/// external one.
fn internal(reference: &str, origin: &str, page: &str) -> Option<(String, Option<String>)> {
    let (target, fragment) = match reference.split_once('#') {
        Some((t, f)) => (t, Some(f.to_string())),
        None => (reference, None),
    };
    let path = if let Some(rest) = target.strip_prefix(origin) {
        rest.to_string()
    } else if target.starts_with('/') {
        target.to_string()
    } else if target.is_empty() {
        page.to_string()
    } else if target.contains(':') {
        return None;
    } else {
        panic!("{page}: relative link `{reference}` (links are root-relative so they work at any depth)");
    };
    Some((path, fragment))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_answers_and_every_internal_link_leads_somewhere() {
    let (listener, addr) = StaticServer::bind().await;
    let origin = format!("http://{addr}");
    let site = build_content(&project_content(), &format!("{origin}{PREFIX}"));
    let _server = StaticServer::serve(listener, site.path().to_path_buf(), PREFIX);
    let start = PREFIX.to_string();

    let crawl = tokio::task::spawn_blocking(move || {
        let mut queue = VecDeque::from([start.clone()]);
        let mut seen: HashMap<String, (u16, Vec<u8>)> = HashMap::new();
        let mut anchors: Vec<(String, String, String)> = Vec::new();
        while let Some(path) = queue.pop_front() {
            if seen.contains_key(&path) {
                continue;
            }
            let (status, body) = get(addr, &path);
            let is_page = path.ends_with('/') || path.ends_with(".html");
            if status == 200 && is_page {
                let html = String::from_utf8_lossy(&body).to_string();
                for reference in references(&html) {
                    let Some((target, fragment)) = internal(&reference, &origin, &path) else {
                        continue;
                    };
                    assert!(
                        target.starts_with(PREFIX),
                        "{path}: `{reference}` leaves the sub-path"
                    );
                    if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                        anchors.push((path.clone(), target.clone(), fragment));
                    }
                    queue.push_back(target);
                }
            }
            seen.insert(path, (status, body));
        }
        (seen, anchors)
    });
    let (seen, anchors) = crawl.await.expect("crawl");

    let broken: Vec<_> = seen
        .iter()
        .filter(|(_, (status, _))| *status != 200)
        .map(|(path, (status, _))| format!("{path} -> {status}"))
        .collect();
    assert!(broken.is_empty(), "broken links: {broken:?}");
    for (page, target, fragment) in &anchors {
        let html = String::from_utf8_lossy(&seen[target].1).to_string();
        assert!(
            ids(&html).contains(fragment),
            "{page}: `{target}#{fragment}` has no such anchor"
        );
    }

    // Every question is reachable, and the home page links each one
    // itself: readers without JavaScript browse from there.
    let home = String::from_utf8_lossy(&seen[PREFIX].1).to_string();
    let home_links: BTreeSet<String> = references(&home).into_iter().collect();
    let mut questions = 0;
    for entry in std::fs::read_dir(project_content()).expect("content dir") {
        let path = entry.expect("entry").path();
        let Some(slug) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().and_then(|e| e.to_str()) != Some("md") || slug == "README" {
            continue;
        }
        questions += 1;
        let url = format!("{PREFIX}{slug}/");
        assert_eq!(
            seen.get(&url).map(|r| r.0),
            Some(200),
            "{url} was not reached"
        );
        assert!(
            home_links.contains(&url),
            "the home page does not link {url}"
        );
    }
    assert!(questions >= 10, "only {questions} questions found");

    // Every precached asset exists: the service worker would fail to
    // install on a single missing one.
    let sw_path = format!("{PREFIX}sw.js");
    let (status, sw) = tokio::task::spawn_blocking(move || get(addr, &sw_path))
        .await
        .expect("get sw.js");
    assert_eq!(status, 200);
    let sw = String::from_utf8_lossy(&sw).to_string();
    let list_start =
        sw.find("const PRECACHE = [").expect("a precache list") + "const PRECACHE = ".len();
    let list_end = list_start + sw[list_start..].find(']').expect("list end") + 1;
    let precache: Vec<String> = serde_json::from_str(&sw[list_start..list_end]).expect("JSON list");
    assert!(precache.iter().any(|p| p.ends_with(".wasm")));
    for asset in precache {
        let (status, _) =
            tokio::task::spawn_blocking(move || get(addr, &format!("{PREFIX}{asset}")))
                .await
                .expect("get");
        assert_eq!(status, 200);
    }
    println!(
        "crawled {} URLs, {} anchors checked",
        seen.len(),
        anchors.len()
    );
}
