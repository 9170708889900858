//! Serving the built web app: SPA fallback, cache headers, and the strict CSP that allows
//! Trunk's inline bootstrap only by its hash.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use base64::Engine;
use sha2::{Digest, Sha256};
use tandem_server::clock::Clock;
use tandem_server::{app, db, AppState, Settings};
use tower::ServiceExt;

#[tokio::test]
async fn serves_the_app_with_cache_headers_csp_and_spa_fallback() {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    let boot = "import init from '/app-0123456789abcdef.js'; init();";
    std::fs::write(
        dist.join("index.html"),
        format!("<!doctype html><script type=\"module\">{boot}</script>"),
    )
    .unwrap();
    std::fs::write(dist.join("app-0123456789abcdef_bg.wasm"), b"\0asm").unwrap();
    std::fs::write(
        dist.join("app-0123456789abcdef.js"),
        "export default function init() {}",
    )
    .unwrap();
    let pool = db::open(&db::url_for_dir(&dir.path().join("data")).unwrap())
        .await
        .unwrap();
    let settings = Settings {
        dist: Some(dist.clone()),
        ..Settings::default()
    };
    let router = app(AppState::new(pool, Clock::system(), settings));
    let get = |uri: &str| {
        let router = router.clone();
        let req = Request::get(uri).body(Body::empty()).unwrap();
        async move { router.oneshot(req).await.unwrap() }
    };

    let wasm = get("/app-0123456789abcdef_bg.wasm").await;
    assert_eq!(wasm.status(), StatusCode::OK);
    assert!(
        wasm.headers()[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable"),
        "hashed files cache forever"
    );
    let js = get("/app-0123456789abcdef.js").await;
    assert!(js.headers()[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("immutable"));

    let index = get("/").await;
    assert_eq!(
        index.headers()[header::CACHE_CONTROL],
        "no-cache",
        "the entry page is revalidated"
    );
    let csp = index.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(boot.as_bytes()));
    assert!(
        csp.contains(&format!("'sha256-{hash}'")),
        "inline bootstrap allowed by hash: {csp}"
    );
    assert!(
        csp.contains("'wasm-unsafe-eval'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(csp.contains("default-src 'self'"));

    // Client-side routes get the app; unknown API routes stay JSON 404s.
    let deep = get("/products/anything?sku=X").await;
    assert_eq!(deep.status(), StatusCode::OK);
    let api = get("/api/nope").await;
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    assert_eq!(api.headers()[header::CONTENT_TYPE], "application/json");
}
