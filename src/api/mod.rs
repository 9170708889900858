//! The one client of Tandem's JSON API: every URL the app calls is built here.

use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tandem_api::{ApiError, Availability, Category, Product, ProductPage, Store};

pub mod live;

/// Why a call failed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ApiFailure {
    /// The server could not be reached (offline, server down).
    #[error("network error")]
    Network,
    /// The server answered with an error.
    #[error("{status} {}", error.code)]
    Api {
        /// HTTP status.
        status: u16,
        /// The error body.
        error: ApiError,
    },
}

impl ApiFailure {
    /// The API error code, or `network` when the server was not reached.
    pub fn code(&self) -> &str {
        match self {
            ApiFailure::Network => "network",
            ApiFailure::Api { error, .. } => &error.code,
        }
    }

    /// Whether this is a 404.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ApiFailure::Api { status: 404, .. })
    }
}

/// Result of an API call.
pub type ApiResult<T> = Result<T, ApiFailure>;

/// Encodes one query-string component.
pub fn encode(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

async fn read<T: DeserializeOwned>(resp: Response) -> ApiResult<T> {
    let status = resp.status();
    if resp.ok() {
        return resp.json::<T>().await.map_err(|_| ApiFailure::Network);
    }
    let error = resp.json::<ApiError>().await.unwrap_or_else(|_| ApiError {
        code: if status == 404 {
            "not_found".into()
        } else {
            "internal".into()
        },
        message: format!("HTTP {status}"),
        fields: None,
        detail: None,
    });
    Err(ApiFailure::Api { status, error })
}

/// GET a JSON resource.
pub async fn get<T: DeserializeOwned>(path: &str) -> ApiResult<T> {
    let resp = Request::get(path)
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    read(resp).await
}

/// POST (or another method) with a JSON body; an idempotency key when given.
pub async fn send<B: Serialize, T: DeserializeOwned>(
    method: gloo_net::http::Method,
    path: &str,
    body: &B,
    idempotency_key: Option<&str>,
) -> ApiResult<T> {
    let mut builder = gloo_net::http::RequestBuilder::new(path).method(method);
    if let Some(key) = idempotency_key {
        builder = builder.header(tandem_api::paths::IDEMPOTENCY_KEY, key);
    }
    let req = builder.json(body).map_err(|_| ApiFailure::Network)?;
    let resp = req.send().await.map_err(|_| ApiFailure::Network)?;
    read(resp).await
}

/// `GET /api/products`.
pub async fn products(q: &str, category: &str, cursor: &str) -> ApiResult<ProductPage> {
    get(&format!(
        "/api/products?q={}&category={}&cursor={}",
        encode(q),
        encode(category),
        encode(cursor)
    ))
    .await
}

/// `GET /api/products/{slug}`.
pub async fn product(slug: &str) -> ApiResult<Product> {
    get(&format!("/api/products/{}", encode(slug))).await
}

/// `GET /api/categories`.
pub async fn categories() -> ApiResult<Vec<Category>> {
    get("/api/categories").await
}

/// `GET /api/stores`.
pub async fn stores() -> ApiResult<Vec<Store>> {
    get("/api/stores").await
}

/// `GET /api/products/{slug}/availability`, nearest first when a position is known.
pub async fn availability(slug: &str, position: Option<(f64, f64)>) -> ApiResult<Availability> {
    let at = position
        .map(|(lat, lng)| format!("?lat={lat:.5}&lng={lng:.5}"))
        .unwrap_or_default();
    get(&format!("/api/products/{}/availability{at}", encode(slug))).await
}

/// `POST /api/reservations` with an idempotency key.
pub async fn reserve(
    body: &tandem_api::NewReservation,
    key: &str,
) -> ApiResult<tandem_api::Reservation> {
    send(
        gloo_net::http::Method::POST,
        "/api/reservations",
        body,
        Some(key),
    )
    .await
}

/// `GET /api/reservations`: mine.
pub async fn my_reservations() -> ApiResult<Vec<tandem_api::Reservation>> {
    get("/api/reservations").await
}

/// `GET /api/reservations/{id}`.
pub async fn reservation(id: &str) -> ApiResult<tandem_api::Reservation> {
    get(&format!("/api/reservations/{}", encode(id))).await
}

/// `POST /api/reservations/{id}/cancel`.
pub async fn cancel_reservation(id: &str) -> ApiResult<tandem_api::Reservation> {
    send(
        gloo_net::http::Method::POST,
        &format!("/api/reservations/{}/cancel", encode(id)),
        &serde_json::json!({}),
        None,
    )
    .await
}

/// URL of a reservation's pickup QR code (an SVG image).
pub fn reservation_qr_url(id: &str) -> String {
    format!("/api/reservations/{}/qr.svg", encode(id))
}

/// A key that is the same for the same request on this page, so a double click or a retry
/// after a dropped connection holds once, while a changed request is a new one.
pub fn idempotency_key(nonce: &str, body: &impl Serialize) -> String {
    let text = serde_json::to_string(body).unwrap_or_default();
    // FNV-1a: a short fingerprint of the body; the nonce makes keys unique per page visit.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{nonce}-{h:016x}")
}

/// A random nonce for idempotency keys.
pub fn new_nonce() -> String {
    let a = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let b = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{a:08x}{b:08x}")
}

/// URL of the live stock stream of a product, joining after `seq`.
pub fn stock_stream_url(slug: &str, seq: i64) -> String {
    format!(
        "/api/stock/stream?product={}&last_event_id={seq}",
        encode(slug)
    )
}
