//! Headless Chromium through chromedriver and fantoccini. When either is
//! missing the tests are skipped with a reason, except on CI (CI=true),
//! where a missing browser is a failure.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

const CHROMIUM: &str = "/usr/lib/chromium/chromium";
const CHROMEDRIVER: &str = "chromedriver";

/// A browser session and the chromedriver behind it.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

/// Starts a browser, or returns `None` after printing why the test is skipped.
pub async fn start() -> Option<Browser> {
    let chromium = std::env::var_os("THREADWISE_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(CHROMIUM));
    let reason = if !chromium.is_file() {
        Some(format!("Chromium not found at {}", chromium.display()))
    } else if which(CHROMEDRIVER).is_none() {
        Some("chromedriver is not on PATH".to_string())
    } else {
        None
    };
    if let Some(reason) = reason {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("browser tests need Chromium on CI: {reason} (apt-get install chromium chromium-driver)");
        }
        println!("skipped: {reason}");
        return None;
    }
    Some(launch(&chromium).await)
}

fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn launch(chromium: &Path) -> Browser {
    let port = free_port();
    let driver = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let profile = tempfile::tempdir().expect("profile dir");
    let args = vec![
        "--headless".to_string(),
        "--no-sandbox".to_string(),
        "--disable-gpu".to_string(),
        "--disable-quic".to_string(),
        "--no-first-run".to_string(),
        "--disable-background-networking".to_string(),
        "--disable-component-update".to_string(),
        "--disable-sync".to_string(),
        "--disable-dev-shm-usage".to_string(),
        "--window-size=1280,900".to_string(),
        format!("--user-data-dir={}", profile.path().display()),
    ];
    let capabilities = json!({
        "goog:chromeOptions": { "binary": chromium, "args": args },
        "goog:loggingPrefs": { "browser": "ALL" },
    });
    let Value::Object(capabilities) = capabilities else {
        unreachable!("a JSON object literal")
    };
    let url = format!("http://127.0.0.1:{port}");
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut driver = driver;
    loop {
        match ClientBuilder::new(connector.clone())
            .capabilities(capabilities.clone())
            .connect(&url)
            .await
        {
            Ok(client) => {
                return Browser {
                    client,
                    driver,
                    _profile: profile,
                }
            }
            Err(e) if Instant::now() > deadline => {
                let _ = driver.kill();
                panic!("could not start a Chromium session: {e}");
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// chromedriver's (non-W3C) browser log endpoint: console messages, uncaught
/// errors and failed loads.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(r#"{"type":"browser"}"#.to_string()),
        )
    }
}

/// A Chrome DevTools command through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct DevTools {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// One entry of the browser log.
#[derive(Debug, Clone)]
pub struct LogEntry {
    /// SEVERE, WARNING, INFO, ...
    pub level: String,
    /// The message.
    pub message: String,
}

impl Browser {
    /// Log entries since the last call (chromedriver clears them as read).
    pub async fn take_log(&self) -> Vec<LogEntry> {
        let value = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("read the browser log");
        value
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .map(|e| LogEntry {
                        level: e["level"].as_str().unwrap_or_default().to_string(),
                        message: e["message"].as_str().unwrap_or_default().to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Emulates a phone screen `width` CSS pixels wide (headless windows do
    /// not shrink below 500 px); `None` goes back to the window's size.
    pub async fn emulate_phone_width(&self, width: Option<u32>) {
        let command = match width {
            Some(w) => DevTools {
                cmd: "Emulation.setDeviceMetricsOverride",
                params: serde_json::json!({
                    "width": w, "height": 800, "deviceScaleFactor": 1, "mobile": true
                }),
            },
            None => DevTools {
                cmd: "Emulation.clearDeviceMetricsOverride",
                params: serde_json::json!({}),
            },
        };
        self.client
            .issue_cmd(command)
            .await
            .expect("set the emulated screen");
    }

    /// Opens `url` in the current tab, failing the test if the browser cannot.
    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("could not open {url}: {e}"));
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns
    /// its value, failing the test with the script if it throws.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Runs `script` (a function body returning a value) until it returns
    /// something truthy, or fails after `timeout` with `what`.
    pub async fn wait_until(&self, script: &str, timeout: Duration, what: &str) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let value = self.js(script, vec![]).await;
            let truthy = match &value {
                Value::Null | Value::Bool(false) => false,
                Value::String(s) => !s.is_empty(),
                _ => true,
            };
            if truthy {
                return value;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; last value {value}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Ends the session and chromedriver.
    pub async fn finish(mut self) {
        let client = self.client.clone();
        let _ = client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // After a failed assertion `finish` never ran; do not leak the driver.
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
