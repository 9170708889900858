//! Shared helpers for route tests: a fresh seeded database per test, in-process requests.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use chrono::{DateTime, Utc};
use http_body_util::BodyExt;
use serde_json::Value;
use tandem_server::clock::Clock;
use tandem_server::{app, db, AppState, Settings};
use tower::ServiceExt;

/// A test server: the router, its state, and the temp dir that holds its database.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    _dir: tempfile::TempDir,
}

/// A fixed "now" inside Seoul opening hours: Friday 2026-12-04 12:00 KST.
pub fn noon_kst() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-04T03:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

impl TestApp {
    /// A fresh seeded database on disk (so many connections can race) and a manual clock.
    pub async fn new() -> Self {
        Self::at(noon_kst()).await
    }

    /// Like `new`, with the clock at `now`.
    pub async fn at(now: DateTime<Utc>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let url = db::url_for_dir(dir.path()).unwrap();
        let pool = db::open(&url).await.unwrap();
        let state = AppState::new(pool, Clock::manual(now), Settings::default());
        Self {
            router: app(state.clone()),
            state,
            _dir: dir,
        }
    }

    /// A second server over the same database, as after a restart, with the clock at `now`.
    pub async fn restart_at(&self, now: DateTime<Utc>) -> (Router, AppState) {
        let url = db::url_for_dir(self._dir.path()).unwrap();
        let pool = db::open(&url).await.unwrap();
        let state = AppState::new(pool, Clock::manual(now), Settings::default());
        (app(state.clone()), state)
    }

    /// Sets a product variant's stock at a store (held 0).
    pub async fn set_stock(&self, sku: &str, store: &str, on_hand: i64) {
        sqlx::query("UPDATE stock SET on_hand = ?, held = 0 WHERE sku = ? AND store_id = ?")
            .bind(on_hand)
            .bind(sku)
            .bind(store)
            .execute(&self.state.db)
            .await
            .unwrap();
    }

    /// Sends a request; returns status, headers and JSON (Null when the body is not JSON).
    pub async fn call(&self, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Value) {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, headers, json)
    }

    /// GET with optional cookie.
    pub async fn get(&self, uri: &str, cookie: Option<&str>) -> (StatusCode, Value) {
        let mut b = Request::get(uri);
        if let Some(c) = cookie {
            b = b.header(header::COOKIE, c);
        }
        let (s, _, j) = self.call(b.body(Body::empty()).unwrap()).await;
        (s, j)
    }

    /// A JSON request with optional cookie and idempotency key.
    pub async fn send(
        &self,
        method: Method,
        uri: &str,
        body: Value,
        cookie: Option<&str>,
        key: Option<&str>,
    ) -> (StatusCode, axum::http::HeaderMap, Value) {
        let mut b = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(c) = cookie {
            b = b.header(header::COOKIE, c);
        }
        if let Some(k) = key {
            b = b.header("idempotency-key", k);
        }
        self.call(b.body(Body::from(body.to_string())).unwrap())
            .await
    }

    /// POST JSON.
    pub async fn post(&self, uri: &str, body: Value, cookie: Option<&str>) -> (StatusCode, Value) {
        let (s, _, j) = self.send(Method::POST, uri, body, cookie, None).await;
        (s, j)
    }

    /// Signs in a demo staff member; returns the cookie to send.
    pub async fn staff(&self, username: &str) -> String {
        let (s, h, _) = self
            .send(
                Method::POST,
                "/api/staff/login",
                serde_json::json!({"username": username, "password": tandem_server::seed::DEMO_PASSWORD}),
                None,
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "staff login");
        cookie_from(&h)
    }

    /// A new shopper session; returns the cookie to send.
    pub async fn shopper(&self) -> String {
        let res = self
            .router
            .clone()
            .oneshot(Request::get("/api/session").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        cookie_from(res.headers())
    }

    /// Available units of (sku, store) straight from the database.
    pub async fn available(&self, sku: &str, store: &str) -> i64 {
        sqlx::query_scalar("SELECT on_hand - held FROM stock WHERE sku = ? AND store_id = ?")
            .bind(sku)
            .bind(store)
            .fetch_one(&self.state.db)
            .await
            .unwrap()
    }

    /// The first product's slug and its variants' SKUs.
    pub async fn first_product(&self) -> (String, Vec<String>) {
        let (_, page) = self.get("/api/products?limit=1", None).await;
        let slug = page["items"][0]["slug"].as_str().unwrap().to_string();
        let (_, p) = self.get(&format!("/api/products/{slug}"), None).await;
        let skus = p["variants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["sku"].as_str().unwrap().to_string())
            .collect();
        (slug, skus)
    }
}

/// The `name=value` part of the first Set-Cookie header.
pub fn cookie_from(h: &axum::http::HeaderMap) -> String {
    h.get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string()
}
