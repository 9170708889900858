//! The staff counter: recall a shopper by the code on their visit pass (audited and
//! rate-limited), reserve for them at this store, and today's queue.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use tandem_api::{codes, CounterReservation, Customer, NewReservation, StoreQueue};

use crate::auth::{normalise_code, ClientAddr, StaffMember};
use crate::clock::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::ApiJson;
use crate::idempotency::Idempotency;
use crate::routes::{appointments, reservations, session};
use crate::state::AppState;

/// Counter routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/customers/{code}", get(lookup))
        .route("/staff/customers/{code}/reservations", post(reserve_for))
        .route("/staff/queue", get(queue))
}

fn limited(retry_after_s: i64) -> Response {
    let mut res = AppError::new(
        StatusCode::TOO_MANY_REQUESTS,
        codes::RATE_LIMITED,
        format!("Too many codes that did not match. Try again in {retry_after_s} seconds."),
    )
    .with_detail(json!({ "retry_after_s": retry_after_s }))
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&retry_after_s.to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// Finds the session behind a valid, unexpired counter code, enforcing the failure limit
/// per staff session and per client address.
async fn resolve(
    st: &AppState,
    staff: &StaffMember,
    addr: ClientAddr,
    code: &str,
) -> Result<i64, Response> {
    let now = st.clock.now();
    let keys = [
        Some(format!("staff:{}", staff.session_hash)),
        addr.0.map(|ip| format!("ip:{ip}")),
    ];
    for key in keys.iter().flatten() {
        if let Some(wait) = st.limiter.blocked_for(key, now) {
            return Err(limited(wait));
        }
    }
    let code = normalise_code(code);
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM sessions WHERE counter_code = ? AND counter_code_expires_at > ?",
    )
    .bind(&code)
    .bind(rfc3339(now))
    .fetch_optional(&st.db)
    .await
    .map_err(|e| AppError::from(e).into_response())?;
    match found {
        Some(id) => Ok(id),
        None => {
            for key in keys.iter().flatten() {
                st.limiter.fail(key, now);
            }
            Err(AppError::not_found("No valid visit pass has that code. Check it with the shopper, or ask them to show a new one.")
                .into_response())
        }
    }
}

/// `GET /api/staff/customers/{code}`: the shopper behind a pass; every look-up is recorded
/// and shown to the shopper on their pass.
async fn lookup(
    State(st): State<AppState>,
    staff: StaffMember,
    addr: ClientAddr,
    Path(code): Path<String>,
) -> Result<Json<Customer>, Response> {
    let session_id = resolve(&st, &staff, addr, &code).await?;
    customer(&st, &staff, session_id, true)
        .await
        .map(Json)
        .map_err(IntoResponse::into_response)
}

async fn customer(
    st: &AppState,
    staff: &StaffMember,
    session_id: i64,
    audit: bool,
) -> AppResult<Customer> {
    if audit {
        sqlx::query("INSERT INTO lookups (session_id, staff_id, store_id, at) VALUES (?, ?, ?, ?)")
            .bind(session_id)
            .bind(staff.id)
            .bind(&staff.store_id)
            .bind(rfc3339(st.clock.now()))
            .execute(&st.db)
            .await?;
    }
    let profile = session::load(st, session_id).await?;
    // This store's first; otherwise as the shopper sees them.
    let mut reservations = reservations::of_session(&st.db, session_id).await?;
    reservations.sort_by_key(|r| r.store_id != staff.store_id);
    let mut conn = st.db.acquire().await?;
    let mut appointments = appointments::for_session(&mut conn, session_id, st.clock.now()).await?;
    appointments.sort_by_key(|a| a.store_id != staff.store_id);
    Ok(Customer {
        display_name: profile.display_name,
        phone: profile.phone,
        reservations,
        appointments,
        wishlist: profile.wishlist,
        recently_viewed: profile.recently_viewed,
    })
}

/// `POST /api/staff/customers/{code}/reservations`: holds items at this store for the
/// shopper at the counter (Idempotency-Key like the shopper's own reservations).
async fn reserve_for(
    State(st): State<AppState>,
    staff: StaffMember,
    addr: ClientAddr,
    headers: HeaderMap,
    Path(code): Path<String>,
    ApiJson(body): ApiJson<CounterReservation>,
) -> Result<Response, Response> {
    let session_id = resolve(&st, &staff, addr, &code).await?;
    let request = NewReservation {
        store_id: staff.store_id.clone(),
        lines: body.lines,
        contact: None,
    };
    let idem =
        Idempotency::from_request(&headers, "POST /api/staff/customers/reservations", &request)
            .map_err(IntoResponse::into_response)?;
    reservations::create_for(&st, session_id, &request, &idem)
        .await
        .map_err(IntoResponse::into_response)
}

/// `GET /api/staff/queue`: open pickups and today's try-ons at my store.
async fn queue(State(st): State<AppState>, staff: StaffMember) -> AppResult<Json<StoreQueue>> {
    let now = st.clock.now();
    let store = crate::routes::stores::load_one(&st.db, &staff.store_id, now).await?;
    let date = store.schedule.local_date(now);
    let reservations = reservations::open_at_store(&st.db, &staff.store_id).await?;
    let from =
        crate::hours::local_to_utc(store.schedule.tz, date, chrono::NaiveTime::MIN).unwrap_or(now);
    let to = from + chrono::Duration::hours(24);
    let mut conn = st.db.acquire().await?;
    let appointments = appointments::at_store_between(&mut conn, &staff.store_id, from, to).await?;
    Ok(Json(StoreQueue {
        store_id: staff.store_id,
        date: date.to_string(),
        reservations,
        appointments,
    }))
}
