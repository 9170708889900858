//! The installable, offline app: the service worker takes control, Chromium parses the
//! manifest, the shopper browses what they saw with the server gone, and a new deployment
//! is offered as "reload" rather than mixed into the running tab.

use std::path::{Path, PathBuf};

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use crate::support::*;

const PRODUCT: &str = "wool-blend-overcoat";

/// Runs a script that calls its last argument with the result.
async fn run_async(c: &Client, script: &str) -> Value {
    c.execute_async(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Waits until a service worker is activated for this page.
async fn worker_activated(c: &Client) {
    let state = run_async(
        c,
        r#"const done = arguments[arguments.length - 1];
        if (!('serviceWorker' in navigator)) { done('unsupported'); return; }
        navigator.serviceWorker.ready.then((reg) => {
          const w = reg.active;
          if (w.state === 'activated') return done('activated');
          w.addEventListener('statechange', () => w.state === 'activated' && done('activated'));
        });"#,
    )
    .await;
    assert_eq!(state, json!("activated"));
}

async fn controlled(c: &Client) -> bool {
    c.execute(
        "return navigator.serviceWorker.controller !== null;",
        vec![],
    )
    .await
    .unwrap()
        == json!(true)
}

/// A Chrome DevTools command through chromedriver (what DevTools' "Application" panel uses).
async fn cdp(driver: &Driver, c: &Client, cmd: &str) -> Value {
    let session = c.session_id().await.unwrap().unwrap();
    let res: Value = reqwest::Client::new()
        .post(format!(
            "http://127.0.0.1:{}/session/{session}/goog/cdp/execute",
            driver.port
        ))
        .json(&json!({"cmd": cmd, "params": {}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    res["value"].clone()
}

async fn banner_shown(c: &Client) -> bool {
    c.find(Locator::Css("[data-testid='offline-banner']"))
        .await
        .is_ok()
}

#[tokio::test]
async fn installable_and_the_product_seen_stays_browsable_with_the_server_gone() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = Server::start(data.path(), port);
    let driver = Driver::start();

    // Served right: the worker is never cached by HTTP and names its build.
    let http = http();
    let sw = http.get(server.url("/sw.js")).send().await.unwrap();
    assert_eq!(sw.headers()["cache-control"], "no-cache");
    assert!(sw.headers()["content-type"]
        .to_str()
        .unwrap()
        .contains("javascript"));
    assert!(sw.text().await.unwrap().contains("\n// build "));
    let manifest = http
        .get(server.url("/manifest.webmanifest"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        manifest.headers()["content-type"],
        "application/manifest+json"
    );
    assert_eq!(manifest.headers()["cache-control"], "no-cache");

    let driver_ref = &driver;
    with_browser(&driver, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        eventually(30, "catalog", || async { text_of(&c, "product-grid").await }).await;
        worker_activated(&c).await;
        c.refresh().await.unwrap();
        eventually(10, "the worker controls the page after a reload", || async {
            controlled(&c).await.then_some(())
        })
        .await;

        // Chromium parses the manifest without errors and finds nothing blocking install.
        let app_manifest = cdp(driver_ref, &c, "Page.getAppManifest").await;
        assert!(
            app_manifest["url"]
                .as_str()
                .unwrap()
                .ends_with("/manifest.webmanifest"),
            "{app_manifest}"
        );
        assert_eq!(app_manifest["errors"], json!([]), "{app_manifest}");
        let installability = cdp(driver_ref, &c, "Page.getInstallabilityErrors").await;
        assert_eq!(
            installability["installabilityErrors"],
            json!([]),
            "installability: {installability}"
        );

        // The fields install needs, and every icon and screenshot loads at its stated size.
        let m = run_async(
            &c,
            r#"const done = arguments[arguments.length - 1];
            (async () => {
              const link = document.querySelector('link[rel="manifest"]');
              const res = await fetch(link.href);
              const m = await res.json();
              const load = async (src) => {
                const img = new Image();
                img.src = new URL(src, link.href).href;
                await img.decode().catch(() => {});
                return img.naturalWidth + 'x' + img.naturalHeight;
              };
              const icons = [];
              for (const i of m.icons) icons.push({ sizes: i.sizes, type: i.type, purpose: i.purpose || 'any', loaded: await load(i.src) });
              const shots = [];
              for (const s of m.screenshots) shots.push({ sizes: s.sizes, form: s.form_factor, loaded: await load(s.src) });
              return { m, icons, shots };
            })().then(done, (e) => done({ error: String(e) }));"#,
        )
        .await;
        let manifest = &m["m"];
        assert_eq!(manifest["name"], "Tandem", "{m}");
        assert!(manifest["short_name"].as_str().is_some_and(|s| !s.is_empty()));
        assert_eq!(manifest["start_url"], "/");
        assert_eq!(manifest["scope"], "/");
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(manifest["theme_color"], "#1d1a17");
        assert_eq!(manifest["background_color"], "#f7f4ef");
        let icons = m["icons"].as_array().unwrap();
        for size in ["192x192", "512x512"] {
            assert!(
                icons.iter().any(|i| i["sizes"] == size
                    && i["type"] == "image/png"
                    && i["purpose"] == "any"
                    && i["loaded"] == size),
                "a {size} PNG icon that loads: {m}"
            );
        }
        assert!(
            icons
                .iter()
                .any(|i| i["purpose"] == "maskable" && i["loaded"] == i["sizes"]),
            "a maskable icon: {m}"
        );
        for i in icons.iter().filter(|i| i["type"] == "image/png") {
            assert_eq!(i["loaded"], i["sizes"], "icon loads at its size: {i}");
        }
        let shots = m["shots"].as_array().unwrap();
        for form in ["narrow", "wide"] {
            assert!(
                shots
                    .iter()
                    .any(|s| s["form"] == form && s["loaded"] == s["sizes"]),
                "a {form} screenshot that loads: {m}"
            );
        }

        // Seen online: a product (with its stock) and the stores.
        c.goto(&server.url(&format!("/products/{PRODUCT}")))
            .await
            .unwrap();
        eventually(30, "live stock", || async {
            (attr_of(&c, "live-status", "data-status").await? == "live").then_some(())
        })
        .await;
        let title = text_of(&c, "product-title").await.unwrap();
        let seongsu = attr_of(&c, "store-stock-seongsu-flagship", "data-available")
            .await
            .unwrap();
        assert!(!banner_shown(&c).await, "no offline banner while online");
        click(&c, "nav-stores").await;
        eventually(20, "stores", || async { text_of(&c, "store-cards").await }).await;
        click(&c, "brand").await;
        eventually(20, "catalog", || async { text_of(&c, "product-grid").await }).await;
        c.goto(&server.url(&format!("/products/{PRODUCT}")))
            .await
            .unwrap();
        eventually(30, "product again", || async {
            (attr_of(&c, "live-status", "data-status").await? == "live").then_some(())
        })
        .await;

        // The server goes away; the shopper reloads.
        server.stop();
        c.refresh().await.unwrap();
        eventually(30, "the app shell and the product from this device", || async {
            (text_of(&c, "product-title").await? == title).then_some(())
        })
        .await;
        eventually(15, "the same stock as seen", || async {
            (attr_of(&c, "store-stock-seongsu-flagship", "data-available").await? == seongsu)
                .then_some(())
        })
        .await;
        let as_of = eventually(15, "the 'as of' note", || async {
            text_of(&c, "stock-as-of").await
        })
        .await;
        assert!(as_of.starts_with("Stock as of "), "{as_of}");
        eventually(15, "offline banner", || async {
            banner_shown(&c).await.then_some(())
        })
        .await;
        let why = eventually(10, "reserve explains", || async {
            text_of(&c, "reserve-offline").await
        })
        .await;
        assert!(why.contains("needs a connection"), "{why}");
        let submit = c
            .find(Locator::Css("[data-testid='reserve-submit']"))
            .await
            .unwrap();
        assert!(
            !submit.is_enabled().await.unwrap(),
            "reserve is off while offline"
        );

        // Stores are browsable offline too.
        click(&c, "nav-stores").await;
        eventually(20, "stores from this device", || async {
            text_of(&c, "store-cards").await
        })
        .await;
        c.back().await.unwrap();
        eventually(20, "product page again", || async {
            (text_of(&c, "product-title").await? == title).then_some(())
        })
        .await;

        // Back online: the banner goes, the stream comes back, the note goes.
        let server = Server::start(data.path(), port);
        eventually(30, "banner gone", || async {
            (!banner_shown(&c).await).then_some(())
        })
        .await;
        eventually(30, "live again", || async {
            (attr_of(&c, "live-status", "data-status").await? == "live").then_some(())
        })
        .await;
        eventually(10, "the 'as of' note gone", || async {
            text_of(&c, "stock-as-of").await.is_none().then_some(())
        })
        .await;
        let submit = c
            .find(Locator::Css("[data-testid='reserve-submit']"))
            .await
            .unwrap();
        assert!(submit.is_enabled().await.unwrap(), "reserve is back");
        drop(server);
    })
    .await;
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[tokio::test]
async fn a_new_deployment_is_offered_as_a_reload() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let dist = tempfile::tempdir().unwrap();
    let shared = std::env::var_os("TANDEM_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"));
    copy_dir(&shared, dist.path());
    let port = free_port();
    let server = Server::start_with_dist(data.path(), dist.path(), port);
    let url = format!("http://127.0.0.1:{port}/");
    let driver = Driver::start();
    let dist_path = dist.path().to_path_buf();
    with_browser(&driver, |c| async move {
        c.goto(&url).await.unwrap();
        eventually(30, "catalog", || async { text_of(&c, "product-grid").await }).await;
        worker_activated(&c).await;
        c.refresh().await.unwrap();
        eventually(10, "controlled", || async { controlled(&c).await.then_some(()) }).await;
        let caches_before = run_async(
            &c,
            "const done = arguments[arguments.length - 1]; caches.keys().then(done);",
        )
        .await;
        assert!(
            text_of(&c, "update-banner").await.is_none(),
            "no update banner before a deployment"
        );

        // Deploy: the app shell changes, so the worker script changes byte for byte.
        let index = dist_path.join("index.html");
        let html = std::fs::read_to_string(&index).unwrap();
        std::fs::write(&index, html.replace("</body>", "<!-- v2 --></body>")).unwrap();
        run_async(
            &c,
            r#"const done = arguments[arguments.length - 1];
            navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => done(true), (e) => done(String(e)));"#,
        )
        .await;
        let text = eventually(30, "update banner", || async {
            text_of(&c, "update-banner").await
        })
        .await;
        assert!(text.contains("new version"), "{text}");
        c.execute("window.__old_page = true;", vec![]).await.unwrap();
        click(&c, "update-reload").await;
        eventually(30, "reloaded into the new version", || async {
            let fresh = c
                .execute("return window.__old_page !== true && !!document.querySelector('[data-testid=product-grid]');", vec![])
                .await
                .ok()?;
            (fresh == json!(true)).then_some(())
        })
        .await;
        assert!(controlled(&c).await);
        let caches_after = run_async(
            &c,
            "const done = arguments[arguments.length - 1]; caches.keys().then(done);",
        )
        .await;
        let shells = |v: &Value| {
            v.as_array()
                .unwrap()
                .iter()
                .filter_map(|k| k.as_str().filter(|k| k.starts_with("tandem-shell-")).map(String::from))
                .collect::<Vec<_>>()
        };
        let (before, after) = (shells(&caches_before), shells(&caches_after));
        assert_eq!(before.len(), 1, "{caches_before}");
        assert_eq!(after.len(), 1, "the old build's cache is gone: {caches_after}");
        assert_ne!(before, after, "the new build has its own cache");
        assert!(text_of(&c, "update-banner").await.is_none());
    })
    .await;
    drop(server);
}
