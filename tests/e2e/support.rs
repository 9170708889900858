//! End-to-end harness: the real server binary on a free port with a fresh database, and
//! headless Chromium driven through chromedriver. Everything started here is stopped again,
//! also when a check fails (guards kill processes on drop; `with_browser` closes sessions).
#![allow(dead_code)]

use std::future::Future;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use futures_util::FutureExt;
use serde_json::{json, Value};

/// E2E tests share two cores: one browser scenario at a time keeps them reliable.
pub async fn serial() -> tokio::sync::MutexGuard<'static, ()> {
    static LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    LOCK.lock().await
}

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn dist() -> PathBuf {
    let d = std::env::var_os("TANDEM_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"));
    assert!(
        d.join("index.html").exists(),
        "no built web app in {}: run `cargo xtask test`",
        d.display()
    );
    d
}

fn server_bin() -> PathBuf {
    let b = std::env::var_os("TANDEM_SERVER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| root().join("target"));
            target.join("debug").join("tandem-server")
        });
    assert!(
        b.exists(),
        "no server binary at {}: run `cargo xtask test`",
        b.display()
    );
    b
}

/// A running `tandem-server`; killed when dropped.
pub struct Server {
    child: Option<Child>,
    /// Its port.
    pub port: u16,
    /// Its database directory.
    pub data_dir: PathBuf,
}

impl Server {
    /// Starts the server on `port` with its database in `data_dir`, and waits until it listens.
    pub fn start(data_dir: &Path, port: u16) -> Server {
        Self::start_with_dist(data_dir, &dist(), port)
    }

    /// Like `start`, serving the web app from `dist` (e.g. a copy a test "deploys" into).
    pub fn start_with_dist(data_dir: &Path, dist: &Path, port: u16) -> Server {
        let mut child = Command::new(server_bin())
            .args(["--port", &port.to_string(), "--host", "127.0.0.1"])
            .arg("--data-dir")
            .arg(data_dir)
            .arg("--dist")
            .arg(dist)
            .env("RUST_LOG", "tandem_server=warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tandem-server");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("listening on") {
                    let _ = tx.send(());
                }
            }
        });
        let mut server = Server {
            child: Some(child),
            port,
            data_dir: data_dir.to_path_buf(),
        };
        if rx.recv_timeout(Duration::from_secs(90)).is_err() {
            server.stop();
            panic!("tandem-server did not start on port {port}");
        }
        server
    }

    /// The process id, while running.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// The base URL.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path)
    }

    /// Stops the server (kill and reap).
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A chromedriver process and the temp profile of its browsers; killed when dropped.
pub struct Driver {
    child: Child,
    /// Its port.
    pub port: u16,
    profiles: tempfile::TempDir,
}

impl Driver {
    /// Starts chromedriver on a free port and waits until it answers.
    pub fn start() -> Driver {
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let port = free_port();
        let child = Command::new(&bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("start {bin}: {e} (install chromium-driver or run `cargo xtask test`)")
            });
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver {
            child,
            port,
            profiles: tempfile::tempdir().unwrap(),
        }
    }

    /// Opens a new headless browser with its own fresh profile.
    pub async fn browser(&self) -> Client {
        self.browser_with_lang("en-US").await
    }

    /// Opens a new headless browser whose preferred language is `lang` (e.g. `ko-KR`).
    pub async fn browser_with_lang(&self, lang: &str) -> Client {
        let primary = lang.split('-').next().unwrap_or(lang);
        let profile = tempfile::Builder::new()
            .prefix("profile")
            .tempdir_in(self.profiles.path())
            .unwrap()
            .keep();
        let chromium = std::env::var("CHROMIUM").ok();
        let mut opts = json!({
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", format!("--lang={lang}"),
                format!("--user-data-dir={}", profile.display()),
            ],
            "prefs": {"intl.accept_languages": format!("{lang},{primary}")},
        });
        if let Some(c) = chromium {
            opts["binary"] = json!(c);
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), opts);
        caps.insert("goog:loggingPrefs".into(), json!({"browser": "ALL"}));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("connect to chromedriver")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Any browser a failed session left behind: found by its profile directory.
        let _ = Command::new("pkill")
            .arg("-f")
            .arg(self.profiles.path())
            .status();
    }
}

/// Runs `body` with a browser and always closes the browser, then re-raises any failure.
pub async fn with_browser<F, Fut>(driver: &Driver, body: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()>,
{
    let client = driver.browser().await;
    let result = std::panic::AssertUnwindSafe(body(client.clone()))
        .catch_unwind()
        .await;
    let _ = client.close().await;
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

/// Waits up to `secs` for `check` to return `Some`, polling.
pub async fn eventually<T, F, Fut>(secs: u64, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = check().await {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for: {what}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// Text of the element with this `data-testid`, if present.
pub async fn text_of(c: &Client, testid: &str) -> Option<String> {
    let el = c
        .find(Locator::Css(&format!("[data-testid='{testid}']")))
        .await
        .ok()?;
    el.text().await.ok()
}

/// An attribute of the element with this `data-testid`, if present.
pub async fn attr_of(c: &Client, testid: &str, attr: &str) -> Option<String> {
    let el = c
        .find(Locator::Css(&format!("[data-testid='{testid}']")))
        .await
        .ok()?;
    el.attr(attr).await.ok().flatten()
}

/// Waits for an element with this `data-testid` and clicks it.
pub async fn click(c: &Client, testid: &str) {
    let sel = format!("[data-testid='{testid}']");
    let el = eventually(20, &format!("{testid} to appear"), || async {
        c.find(Locator::Css(&sel)).await.ok()
    })
    .await;
    el.click()
        .await
        .unwrap_or_else(|e| panic!("click {testid}: {e}"));
}

/// The current URL.
pub async fn url(c: &Client) -> String {
    c.current_url().await.unwrap().to_string()
}

/// A plain HTTP client that keeps cookies (for API calls made beside the browser).
pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap()
}

/// Signs a demo staff member in on `http`.
pub async fn staff_login(http: &reqwest::Client, server: &Server, username: &str) {
    let res = http
        .post(server.url("/api/staff/login"))
        .json(&json!({"username": username, "password": "tandem-demo"}))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "staff login {username}");
}

/// GET JSON from the server.
pub async fn get_json(http: &reqwest::Client, server: &Server, path: &str) -> Value {
    http.get(server.url(path))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}
