//! Tandem's reference API server: the JSON API of `tandem-api` over SQLite, the live stock
//! stream, and the built web app as static files.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub mod auth;
pub mod clock;
pub mod db;
pub mod error;
pub mod extract;
pub mod hours;
pub mod idempotency;
pub mod images;
pub mod qr;
pub mod ratelimit;
pub mod routes;
pub mod seed;
pub mod simulator;
pub mod slots;
pub mod state;
pub mod stock;

pub use state::{AppState, Settings};

use error::AppError;

/// The whole application: `/api/…` plus, when a dist directory is set, the web app.
pub fn app(state: AppState) -> Router {
    let api = routes::api()
        .fallback(|| async { AppError::not_found("There is no such API route.") })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::session_layer,
        ))
        .layer(middleware::from_fn(extract::require_json))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    let mut router = Router::new().nest("/api", api);
    if let Some(dist) = state.settings.dist.clone() {
        let csp = content_security_policy(&dist);
        let files = ServeDir::new(&dist).fallback(ServeFile::new(dist.join("index.html")));
        let sw_dist = dist.clone();
        router = router
            .route(
                "/sw.js",
                axum::routing::get(move || service_worker(sw_dist.clone())),
            )
            .fallback_service(files)
            .layer(middleware::from_fn(static_cache_headers))
            .layer(SetResponseHeaderLayer::overriding(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_str(&csp).expect("CSP is ASCII"),
            ));
    }
    router
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Hashed build outputs never change, so they are cached for a year; the entry page, the
/// service worker and the manifest must be revalidated so a new deployment is seen.
async fn static_cache_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut res = next.run(req).await;
    if path.starts_with("/api/") || res.status() != StatusCode::OK {
        return res;
    }
    let file = path.rsplit('/').next().unwrap_or("");
    let hashed = file
        .rsplit_once('.')
        // wasm-bindgen names the module `<name>-<hash>_bg.wasm`.
        .and_then(|(stem, _)| stem.trim_end_matches("_bg").rsplit_once('-'))
        .is_some_and(|(_, h)| h.len() >= 8 && h.chars().all(|c| c.is_ascii_hexdigit()));
    let value = if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

/// `/sw.js` with the build it belongs to appended (the SHA-256 of `index.html`): the browser
/// installs a new worker only when the file changes byte for byte, so every deployment that
/// changes the app shell must change it. Read per request, so a rebuilt dist/ is seen at once.
async fn service_worker(dist: PathBuf) -> Response {
    use sha2::{Digest, Sha256};
    let (Ok(script), Ok(index)) = (
        tokio::fs::read_to_string(dist.join("sw.js")).await,
        tokio::fs::read(dist.join("index.html")).await,
    ) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let build = format!("{:x}", Sha256::digest(&index));
    let body = format!("{script}\n// build {build}\nself.TANDEM_BUILD = \"{build}\";\n");
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// A strict policy: only our own origin, wasm compilation allowed, and Trunk's inline
/// bootstrap script allowed by its hash rather than by `'unsafe-inline'`.
pub fn content_security_policy(dist: &Path) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap_or_default();
    let mut hashes = String::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_and_more = &after[open_end + 1..];
        let Some(close) = body_and_more.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let digest = Sha256::digest(&body_and_more.as_bytes()[..close]);
            hashes.push_str(&format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &body_and_more[close..];
    }
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; \
         worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Start-up options.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// Database URL.
    pub database_url: String,
    /// Web app to serve.
    pub dist: Option<PathBuf>,
    /// Run the demo simulator of in-store sales and restocks.
    pub simulate: bool,
    /// Mark cookies `Secure`.
    pub secure_cookies: bool,
}

/// Opens the database, starts background tasks and serves until the process ends.
pub async fn serve(opts: ServeOptions) -> Result<(), Box<dyn std::error::Error>> {
    let db = db::open(&opts.database_url).await?;
    let settings = Settings {
        secure_cookies: opts.secure_cookies,
        dist: opts.dist.clone(),
        ..Settings::default()
    };
    let state = AppState::new(db, clock::Clock::system(), settings);
    tokio::spawn(routes::reservations::expiry_task(state.clone()));
    if opts.simulate {
        tokio::spawn(simulator::run(state.clone()));
    }
    let listener = tokio::net::TcpListener::bind(opts.addr).await?;
    let addr = listener.local_addr()?;
    // Tests and scripts wait for this exact line.
    println!("listening on http://{addr}");
    tracing::info!(%addr, simulate = opts.simulate, "Tandem server ready");
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await?;
    Ok(())
}

/// A 404 JSON body for handlers that want to answer "not here" without an error type.
pub fn not_found() -> impl IntoResponse {
    AppError::not_found("Not found.")
}
