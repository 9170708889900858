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

    /// The server's words for one field of the request, if it named that field.
    pub fn field(&self, name: &str) -> Option<String> {
        match self {
            ApiFailure::Api { error, .. } => error.fields.as_ref()?.get(name).cloned(),
            ApiFailure::Network => None,
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

/// GET a text resource (e.g. an SVG to keep for offline use).
pub async fn get_text(path: &str) -> ApiResult<String> {
    let resp = Request::get(path)
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    if !resp.ok() {
        return Err(ApiFailure::Api {
            status: resp.status(),
            error: ApiError {
                code: "internal".into(),
                message: String::new(),
                fields: None,
                detail: None,
            },
        });
    }
    resp.text().await.map_err(|_| ApiFailure::Network)
}

/// `GET /api/session`: mine, created with its cookie on the first visit.
pub async fn session() -> ApiResult<tandem_api::Session> {
    get("/api/session").await
}

/// `PATCH /api/session`: display name and phone.
pub async fn update_profile(update: &tandem_api::ProfileUpdate) -> ApiResult<tandem_api::Session> {
    send(gloo_net::http::Method::PATCH, "/api/session", update, None).await
}

/// `POST /api/session/code`: a new counter code.
pub async fn rotate_code() -> ApiResult<tandem_api::Session> {
    send(
        gloo_net::http::Method::POST,
        "/api/session/code",
        &serde_json::json!({}),
        None,
    )
    .await
}

/// The counter code's QR code as SVG text.
pub async fn pass_qr_svg() -> ApiResult<String> {
    get_text("/api/session/qr.svg").await
}

/// `GET /api/session/lookups`.
pub async fn lookups() -> ApiResult<Vec<tandem_api::Lookup>> {
    get("/api/session/lookups").await
}

/// `DELETE /api/session`: erase me.
pub async fn erase_session() -> ApiResult<serde_json::Value> {
    send(
        gloo_net::http::Method::DELETE,
        "/api/session",
        &serde_json::json!({}),
        None,
    )
    .await
}

/// `PUT` or `DELETE /api/session/wishlist/{slug}`.
pub async fn set_wish(slug: &str, on: bool) -> ApiResult<tandem_api::Session> {
    let method = if on {
        gloo_net::http::Method::PUT
    } else {
        gloo_net::http::Method::DELETE
    };
    send(
        method,
        &format!("/api/session/wishlist/{}", encode(slug)),
        &serde_json::json!({}),
        None,
    )
    .await
}

/// `POST /api/session/viewed/{slug}`.
pub async fn viewed(slug: &str) -> ApiResult<Vec<String>> {
    send(
        gloo_net::http::Method::POST,
        &format!("/api/session/viewed/{}", encode(slug)),
        &serde_json::json!({}),
        None,
    )
    .await
}

/// URL of the live stock stream of a product, joining after `seq`.
pub fn stock_stream_url(slug: &str, seq: i64) -> String {
    format!(
        "/api/stock/stream?product={}&last_event_id={seq}",
        encode(slug)
    )
}

// -- appointments --

/// `GET /api/stores/{id}/slots?date=`: a store's try-on slots on one of its local dates.
pub async fn slots(store_id: &str, date: &str) -> ApiResult<tandem_api::SlotDay> {
    get(&format!(
        "/api/stores/{}/slots?date={}",
        encode(store_id),
        encode(date)
    ))
    .await
}

/// `GET /api/try-on-items`: items about to be booked, with their stock at `store_id`.
pub async fn try_on_items(
    store_id: Option<&str>,
    skus: &[String],
) -> ApiResult<Vec<tandem_api::TryOnItem>> {
    if skus.is_empty() {
        return Ok(vec![]);
    }
    let store = store_id
        .map(|s| format!("&store={}", encode(s)))
        .unwrap_or_default();
    get(&format!(
        "/api/try-on-items?skus={}{store}",
        encode(&skus.join(","))
    ))
    .await
}

/// `POST /api/appointments` with an idempotency key.
pub async fn book_appointment(
    body: &tandem_api::NewAppointment,
    key: &str,
) -> ApiResult<tandem_api::Appointment> {
    send(
        gloo_net::http::Method::POST,
        "/api/appointments",
        body,
        Some(key),
    )
    .await
}

/// `GET /api/appointments`: mine, upcoming first.
pub async fn my_appointments() -> ApiResult<Vec<tandem_api::Appointment>> {
    get("/api/appointments").await
}

/// `GET /api/appointments/{id}`.
pub async fn appointment(id: &str) -> ApiResult<tandem_api::Appointment> {
    get(&format!("/api/appointments/{}", encode(id))).await
}

/// `POST /api/appointments/{id}/cancel`.
pub async fn cancel_appointment(id: &str) -> ApiResult<tandem_api::Appointment> {
    send(
        gloo_net::http::Method::POST,
        &format!("/api/appointments/{}/cancel", encode(id)),
        &serde_json::json!({}),
        None,
    )
    .await
}

/// `POST /api/appointments/{id}/reschedule` to a new slot start.
pub async fn reschedule_appointment(id: &str, start: &str) -> ApiResult<tandem_api::Appointment> {
    send(
        gloo_net::http::Method::POST,
        &format!("/api/appointments/{}/reschedule", encode(id)),
        &tandem_api::Reschedule {
            start: start.to_string(),
        },
        None,
    )
    .await
}

/// URL of an appointment's booking-code QR code (an SVG image).
pub fn appointment_qr_url(id: &str) -> String {
    format!("/api/appointments/{}/qr.svg", encode(id))
}

/// URL of an appointment's calendar file, worded in `lang` (a BCP 47 tag).
pub fn appointment_calendar_url(id: &str, lang: &str) -> String {
    format!(
        "/api/appointments/{}/calendar.ics?lang={}",
        encode(id),
        encode(lang)
    )
}

// -- staff --

/// `POST /api/staff/login`: signs a staff member in for their store (sets the staff cookie).
pub async fn staff_login(body: &tandem_api::StaffLogin) -> ApiResult<tandem_api::StaffMe> {
    send(gloo_net::http::Method::POST, "/api/staff/login", body, None).await
}

/// `POST /api/staff/logout`: ends the staff session on the server too.
pub async fn staff_logout() -> ApiResult<()> {
    send::<_, serde_json::Value>(
        gloo_net::http::Method::POST,
        "/api/staff/logout",
        &serde_json::json!({}),
        None,
    )
    .await
    .map(|_| ())
}

/// `GET /api/staff/me`: the signed-in staff member (401 when signed out).
pub async fn staff_me() -> ApiResult<tandem_api::StaffMe> {
    get("/api/staff/me").await
}

/// `GET /api/staff/customers/{code}`: the shopper behind a visit pass (recorded on their
/// pass). The server normalises case, spaces and dashes.
pub async fn staff_customer(code: &str) -> ApiResult<tandem_api::Customer> {
    get(&format!("/api/staff/customers/{}", encode(code.trim()))).await
}

/// `POST /api/staff/customers/{code}/reservations` with an idempotency key: holds items at
/// the staff member's store for the shopper at the counter.
pub async fn staff_reserve_for(
    code: &str,
    body: &tandem_api::CounterReservation,
    key: &str,
) -> ApiResult<tandem_api::Reservation> {
    send(
        gloo_net::http::Method::POST,
        &format!("/api/staff/customers/{}/reservations", encode(code.trim())),
        body,
        Some(key),
    )
    .await
}

/// `GET /api/staff/queue`: today's open pickups and try-ons at the staff member's store.
pub async fn staff_queue() -> ApiResult<tandem_api::StoreQueue> {
    get("/api/staff/queue").await
}

/// A hand-over step staff take on a reservation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReservationStep {
    /// Held → ready at the counter.
    Ready,
    /// Held or ready → collected by the shopper.
    Collect,
    /// Held or ready → cancelled; the stock goes back on sale.
    Cancel,
}

/// `POST /api/staff/reservations/{id}/ready|collect|cancel`.
pub async fn staff_reservation_step(
    id: &str,
    step: ReservationStep,
) -> ApiResult<tandem_api::Reservation> {
    let step = match step {
        ReservationStep::Ready => "ready",
        ReservationStep::Collect => "collect",
        ReservationStep::Cancel => "cancel",
    };
    send(
        gloo_net::http::Method::POST,
        &format!("/api/staff/reservations/{}/{step}", encode(id)),
        &serde_json::json!({}),
        None,
    )
    .await
}

/// A step staff take on a try-on appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppointmentStep {
    /// Booked → checked in: the shopper arrived.
    CheckIn,
    /// Booked → no-show, once the slot has begun.
    NoShow,
}

/// `POST /api/staff/appointments/{id}/check-in|no-show`.
pub async fn staff_appointment_step(
    id: &str,
    step: AppointmentStep,
) -> ApiResult<tandem_api::Appointment> {
    let step = match step {
        AppointmentStep::CheckIn => "check-in",
        AppointmentStep::NoShow => "no-show",
    };
    send(
        gloo_net::http::Method::POST,
        &format!("/api/staff/appointments/{}/{step}", encode(id)),
        &serde_json::json!({}),
        None,
    )
    .await
}
