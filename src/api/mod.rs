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

/// URL of the live stock stream of a product, joining after `seq`.
pub fn stock_stream_url(slug: &str, seq: i64) -> String {
    format!(
        "/api/stock/stream?product={}&last_event_id={seq}",
        encode(slug)
    )
}
