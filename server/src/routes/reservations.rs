//! Reservations for in-store pickup: atomic holds that never oversell, expiry, cancel, and
//! the staff hand-over steps.

use std::collections::HashSet;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use sqlx::{SqliteConnection, SqlitePool};
use tandem_api::{
    codes, Colour, Contact, Localized, Money, NewReservation, Reservation, ReservationLine,
    ReservationStatus, MAX_LINES, MAX_QTY_PER_LINE,
};

use crate::auth::{new_code, Shopper, ShopperOrNew, StaffMember};
use crate::clock::{parse_rfc3339, rfc3339};
use crate::error::{AppError, AppResult};
use crate::extract::ApiJson;
use crate::idempotency::Idempotency;
use crate::routes::stock::distance_m;
use crate::routes::stores::load_all;
use crate::state::AppState;
use crate::stock::{log_change, Change};

/// Reservation routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reservations", get(mine).post(create))
        .route("/reservations/{id}", get(one))
        .route("/reservations/{id}/cancel", post(cancel))
        .route("/reservations/{id}/qr.svg", get(qr))
        .route("/staff/reservations/{id}/{step}", post(staff_step))
}

fn status_from(s: &str) -> ReservationStatus {
    match s {
        "ready" => ReservationStatus::Ready,
        "collected" => ReservationStatus::Collected,
        "cancelled" => ReservationStatus::Cancelled,
        "expired" => ReservationStatus::Expired,
        _ => ReservationStatus::Held,
    }
}

fn status_str(s: ReservationStatus) -> &'static str {
    match s {
        ReservationStatus::Held => "held",
        ReservationStatus::Ready => "ready",
        ReservationStatus::Collected => "collected",
        ReservationStatus::Cancelled => "cancelled",
        ReservationStatus::Expired => "expired",
    }
}

type ReservationRow = (
    String,
    i64,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
);

const SELECT: &str =
    "SELECT id, session_id, store_id, status, pickup_code, contact_name, contact_phone,
                             created_at, ready_by, hold_until FROM reservations";

/// Loads reservations with their lines, in the order of `rows`.
async fn hydrate(
    conn: &mut SqliteConnection,
    rows: Vec<ReservationRow>,
) -> AppResult<Vec<Reservation>> {
    let mut out = Vec::with_capacity(rows.len());
    for (id, _, store_id, status, code, name, phone, created_at, ready_by, hold_until) in rows {
        #[allow(clippy::type_complexity)]
        let lines: Vec<(String, i64, String, String, String, Option<String>, Option<String>, Option<String>, Option<String>, i64, String)> =
            sqlx::query_as(
                "SELECT l.sku, l.qty, p.slug, p.name_en, p.name_ko, v.size, v.colour_en, v.colour_ko, v.colour_hex,
                        p.price_amount, p.currency
                 FROM reservation_lines l JOIN variants v ON v.sku = l.sku JOIN products p ON p.id = v.product_id
                 WHERE l.reservation_id = ? ORDER BY p.position, v.position",
            )
            .bind(&id)
            .fetch_all(&mut *conn)
            .await?;
        let currency = lines
            .first()
            .map(|l| l.10.clone())
            .unwrap_or_else(|| "KRW".into());
        let total = lines.iter().map(|l| l.9 * l.1).sum();
        out.push(Reservation {
            id,
            status: status_from(&status),
            store_id,
            pickup_code: code,
            lines: lines
                .into_iter()
                .map(
                    |(sku, qty, slug, en, ko, size, cen, cko, hex, amount, currency)| {
                        ReservationLine {
                            sku,
                            qty: qty as u32,
                            product: slug,
                            name: Localized::new(en, ko),
                            size,
                            colour: match (cen, cko) {
                                (Some(en), Some(ko)) => Some(Colour {
                                    name: Localized::new(en, ko),
                                    hex: hex.unwrap_or_else(|| "#888888".into()),
                                }),
                                _ => None,
                            },
                            price: Money { amount, currency },
                        }
                    },
                )
                .collect(),
            contact: Contact { name, phone },
            created_at,
            ready_by,
            hold_until,
            total: Money {
                amount: total,
                currency,
            },
        });
    }
    Ok(out)
}

/// Every reservation of a session, newest first.
pub async fn of_session(db: &SqlitePool, session_id: i64) -> AppResult<Vec<Reservation>> {
    let mut conn = db.acquire().await?;
    let rows: Vec<ReservationRow> = sqlx::query_as(&format!(
        "{SELECT} WHERE session_id = ? ORDER BY created_at DESC, id"
    ))
    .bind(session_id)
    .fetch_all(&mut *conn)
    .await?;
    hydrate(&mut conn, rows).await
}

/// Open reservations (held or ready) at a store, soonest ready first.
pub async fn open_at_store(db: &SqlitePool, store_id: &str) -> AppResult<Vec<Reservation>> {
    let mut conn = db.acquire().await?;
    let rows: Vec<ReservationRow> = sqlx::query_as(&format!(
        "{SELECT} WHERE store_id = ? AND status IN ('held', 'ready') ORDER BY ready_by, id"
    ))
    .bind(store_id)
    .fetch_all(&mut *conn)
    .await?;
    hydrate(&mut conn, rows).await
}

async fn load_row(conn: &mut SqliteConnection, id: &str) -> AppResult<Option<ReservationRow>> {
    Ok(sqlx::query_as(&format!("{SELECT} WHERE id = ?"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?)
}

fn not_found() -> AppError {
    AppError::not_found("There is no such reservation.")
}

/// Trims an optional contact field, checking its length and characters.
fn contact_field(
    value: Option<&String>,
    field: &str,
    max: usize,
    phone: bool,
) -> AppResult<Option<String>> {
    let Some(v) = value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
    else {
        return Ok(None);
    };
    if v.chars().count() > max {
        return Err(AppError::invalid(
            field,
            format!("At most {max} characters, please."),
        ));
    }
    if phone && !v.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) {
        return Err(AppError::invalid(
            field,
            "A phone number has digits, spaces and + - ( ) only.",
        ));
    }
    if v.chars().any(char::is_control) {
        return Err(AppError::invalid(
            field,
            "Please remove control characters.",
        ));
    }
    Ok(Some(v))
}

/// `POST /api/reservations` (Idempotency-Key): holds stock for every line, or none.
async fn create(
    State(st): State<AppState>,
    shopper: ShopperOrNew,
    headers: HeaderMap,
    ApiJson(body): ApiJson<NewReservation>,
) -> AppResult<Response> {
    let idem = Idempotency::from_request(&headers, "POST /api/reservations", &body)?;
    create_for(&st, shopper.id, &body, &idem).await
}

/// Creates a reservation for session `session_id` (the shopper's own, or one staff make for
/// the shopper at the counter): all lines held or none, never oversold, idempotent.
pub async fn create_for(
    st: &AppState,
    session_id: i64,
    body: &NewReservation,
    idem: &Idempotency,
) -> AppResult<Response> {
    let shopper = Shopper { id: session_id };
    // Validate everything that needs no lock first.
    if body.lines.is_empty() {
        return Err(AppError::invalid(
            "lines",
            "Choose at least one item to reserve.",
        ));
    }
    if body.lines.len() > MAX_LINES {
        return Err(AppError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::LIMIT_EXCEEDED,
            format!("One reservation can hold at most {MAX_LINES} different items."),
        )
        .with_field("lines", format!("At most {MAX_LINES} items.")));
    }
    let mut seen = HashSet::new();
    for (i, l) in body.lines.iter().enumerate() {
        if !seen.insert(l.sku.as_str()) {
            return Err(AppError::invalid(
                &format!("lines[{i}].sku"),
                "Each item may appear only once.",
            ));
        }
        if l.qty == 0 {
            return Err(AppError::invalid(
                &format!("lines[{i}].qty"),
                "Quantity must be at least 1.",
            ));
        }
        if l.qty > MAX_QTY_PER_LINE {
            return Err(AppError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                codes::LIMIT_EXCEEDED,
                format!("You can reserve at most {MAX_QTY_PER_LINE} of one item."),
            )
            .with_field(
                &format!("lines[{i}].qty"),
                format!("At most {MAX_QTY_PER_LINE}."),
            )
            .with_detail(json!({ "max_qty": MAX_QTY_PER_LINE })));
        }
    }
    let contact = body.contact.clone().unwrap_or_default();
    let name = contact_field(contact.name.as_ref(), "contact.name", 60, false)?;
    let phone = contact_field(contact.phone.as_ref(), "contact.phone", 20, true)?;
    let now = st.clock.now();
    let stores = load_all(&st.db, now).await?;
    let store = stores
        .iter()
        .find(|s| s.store.id == body.store_id)
        .ok_or_else(|| {
            AppError::invalid(
                "store_id",
                format!("There is no store “{}”.", body.store_id),
            )
        })?;
    let lead = Duration::minutes(i64::from(store.store.pickup_lead_minutes));
    let ready_by = store.schedule.ready_by(now, lead).ok_or_else(|| {
        AppError::conflict(
            codes::STORE_UNAVAILABLE,
            "This store is not taking pickups at the moment.",
        )
    })?;
    let hold_until = ready_by + Duration::hours(i64::from(store.store.hold_hours));

    let now_s = rfc3339(now);
    let mut tx = crate::db::begin_write(&st.db).await?;
    if let Some(replayed) = idem.replay(&mut tx, shopper.id).await? {
        return Ok(replayed);
    }
    let mut changes: Vec<Change> = Vec::new();
    for (i, l) in body.lines.iter().enumerate() {
        // The one conditional update: it holds the units only if that many are available.
        let taken = sqlx::query(
            "UPDATE stock SET held = held + ?1 WHERE sku = ?2 AND store_id = ?3 AND on_hand - held >= ?1",
        )
        .bind(i64::from(l.qty))
        .bind(&l.sku)
        .bind(&body.store_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if taken != 1 {
            let available: Option<i64> = sqlx::query_scalar(
                "SELECT on_hand - held FROM stock WHERE sku = ? AND store_id = ?",
            )
            .bind(&l.sku)
            .bind(&body.store_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(available) = available else {
                return Err(AppError::invalid(
                    &format!("lines[{i}].sku"),
                    format!("There is no item “{}”.", l.sku),
                ));
            };
            // Offer the nearest other stores that have enough.
            let others: Vec<(String, i64)> =
                sqlx::query_as("SELECT store_id, on_hand - held FROM stock WHERE sku = ? AND store_id <> ? AND on_hand - held >= ?")
                    .bind(&l.sku)
                    .bind(&body.store_id)
                    .bind(i64::from(l.qty))
                    .fetch_all(&mut *tx)
                    .await?;
            let mut alternatives: Vec<(String, i64, u32)> = others
                .into_iter()
                .filter_map(|(id, n)| {
                    let s = stores.iter().find(|s| s.store.id == id)?;
                    let d = distance_m(store.store.lat, store.store.lng, s.store.lat, s.store.lng)
                        .round() as u32;
                    Some((id, n, d))
                })
                .collect();
            alternatives.sort_by_key(|a| a.2);
            alternatives.truncate(3);
            return Err(AppError::conflict(
                codes::INSUFFICIENT_STOCK,
                format!("Only {} of {} left at this store.", available.max(0), l.sku),
            )
            .with_field(&format!("lines[{i}].qty"), format!("Only {} available.", available.max(0)))
            .with_detail(json!({
                "sku": l.sku,
                "available": available.max(0),
                "alternatives": alternatives.iter().map(|(id, n, d)| json!({"store_id": id, "available": n, "distance_m": d})).collect::<Vec<_>>(),
            })));
        }
        changes.push(log_change(&mut tx, &l.sku, &body.store_id, "reserved", &now_s).await?);
    }
    let id = crate::auth::new_secret()[..20].to_string();
    sqlx::query(
        "INSERT INTO reservations (id, session_id, store_id, status, pickup_code, contact_name, contact_phone,
                                   created_at, ready_by, hold_until, updated_at)
         VALUES (?, ?, ?, 'held', ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(shopper.id)
    .bind(&body.store_id)
    .bind(new_code(6))
    .bind(&name)
    .bind(&phone)
    .bind(&now_s)
    .bind(rfc3339(ready_by))
    .bind(rfc3339(hold_until))
    .bind(&now_s)
    .execute(&mut *tx)
    .await?;
    for l in &body.lines {
        sqlx::query("INSERT INTO reservation_lines (reservation_id, sku, qty) VALUES (?, ?, ?)")
            .bind(&id)
            .bind(&l.sku)
            .bind(i64::from(l.qty))
            .execute(&mut *tx)
            .await?;
    }
    let row = load_row(&mut tx, &id)
        .await?
        .ok_or_else(|| AppError::internal("reservation vanished"))?;
    let reservation = hydrate(&mut tx, vec![row]).await?.remove(0);
    idem.save(
        &mut tx,
        shopper.id,
        StatusCode::CREATED,
        &reservation,
        &now_s,
    )
    .await?;
    st.stock.commit(tx, changes).await?;
    Ok((StatusCode::CREATED, Json(reservation)).into_response())
}

/// `GET /api/reservations`: mine, newest first (empty without a session).
async fn mine(
    State(st): State<AppState>,
    shopper: Option<Shopper>,
) -> AppResult<Json<Vec<Reservation>>> {
    match shopper {
        Some(s) => Ok(Json(of_session(&st.db, s.id).await?)),
        None => Ok(Json(vec![])),
    }
}

/// Loads one of the shopper's reservations, 404 when it is not theirs.
async fn own(st: &AppState, shopper: Shopper, id: &str) -> AppResult<Reservation> {
    let mut conn = st.db.acquire().await?;
    let row = load_row(&mut conn, id)
        .await?
        .filter(|r| r.1 == shopper.id)
        .ok_or_else(not_found)?;
    Ok(hydrate(&mut conn, vec![row]).await?.remove(0))
}

/// `GET /api/reservations/{id}`
async fn one(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(id): Path<String>,
) -> AppResult<Json<Reservation>> {
    Ok(Json(own(&st, shopper, &id).await?))
}

/// `GET /api/reservations/{id}/qr.svg`: the pickup code as a QR code.
async fn qr(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let r = own(&st, shopper, &id).await?;
    Ok(crate::qr::response(&r.pickup_code))
}

/// Moves a reservation from one of `from` to `to` in one transaction, releasing or
/// consuming its held stock as the step requires. `scope` limits it to a session or a store.
async fn transition(
    st: &AppState,
    id: &str,
    scope: Scope<'_>,
    from: &[ReservationStatus],
    to: ReservationStatus,
) -> AppResult<Reservation> {
    let now_s = rfc3339(st.clock.now());
    let mut tx = crate::db::begin_write(&st.db).await?;
    let row = load_row(&mut tx, id).await?.ok_or_else(not_found)?;
    match scope {
        Scope::Session(s) if row.1 != s => return Err(not_found()),
        Scope::Store(store) if row.2 != store => {
            return Err(AppError::forbidden(
                "This reservation belongs to another store.",
            ))
        }
        _ => {}
    }
    let current = status_from(&row.3);
    if !from.contains(&current) {
        return Err(AppError::conflict(
            codes::INVALID_TRANSITION,
            format!(
                "This reservation is {} and cannot become {}.",
                status_str(current),
                status_str(to)
            ),
        )
        .with_detail(json!({ "status": status_str(current) })));
    }
    let changes = if current.is_open() && !to.is_open() {
        release(
            &mut tx,
            &row.0,
            &row.2,
            to == ReservationStatus::Collected,
            &now_s,
        )
        .await?
    } else {
        vec![]
    };
    sqlx::query("UPDATE reservations SET status = ?, updated_at = ? WHERE id = ?")
        .bind(status_str(to))
        .bind(&now_s)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let row = load_row(&mut tx, id).await?.ok_or_else(not_found)?;
    let r = hydrate(&mut tx, vec![row]).await?.remove(0);
    st.stock.commit(tx, changes).await?;
    Ok(r)
}

/// Who may act on a reservation.
#[derive(Clone, Copy)]
enum Scope<'a> {
    /// The shopper who made it.
    Session(i64),
    /// Staff of its store.
    Store(&'a str),
    /// The server itself (expiry).
    Any,
}

/// Un-holds a reservation's units; when `collected`, they also leave the shelf.
pub(crate) async fn release(
    conn: &mut SqliteConnection,
    reservation_id: &str,
    store_id: &str,
    collected: bool,
    now: &str,
) -> AppResult<Vec<Change>> {
    let lines: Vec<(String, i64)> =
        sqlx::query_as("SELECT sku, qty FROM reservation_lines WHERE reservation_id = ?")
            .bind(reservation_id)
            .fetch_all(&mut *conn)
            .await?;
    let mut changes = vec![];
    for (sku, qty) in lines {
        let on_hand_delta = if collected { qty } else { 0 };
        sqlx::query("UPDATE stock SET held = held - ?, on_hand = on_hand - ? WHERE sku = ? AND store_id = ?")
            .bind(qty)
            .bind(on_hand_delta)
            .bind(&sku)
            .bind(store_id)
            .execute(&mut *conn)
            .await?;
        // A hand-over leaves availability unchanged, so only releases are news to shoppers.
        if !collected {
            changes.push(log_change(conn, &sku, store_id, "released", now).await?);
        }
    }
    Ok(changes)
}

/// `POST /api/reservations/{id}/cancel`: the shopper cancels; the stock is released.
async fn cancel(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(id): Path<String>,
) -> AppResult<Json<Reservation>> {
    use ReservationStatus::*;
    Ok(Json(
        transition(
            &st,
            &id,
            Scope::Session(shopper.id),
            &[Held, Ready],
            Cancelled,
        )
        .await?,
    ))
}

/// `POST /api/staff/reservations/{id}/ready|collect|cancel`: the hand-over steps, for staff
/// of the reservation's store only.
async fn staff_step(
    State(st): State<AppState>,
    staff: StaffMember,
    Path((id, step)): Path<(String, String)>,
) -> AppResult<Json<Reservation>> {
    use ReservationStatus::*;
    let (from, to): (&[ReservationStatus], ReservationStatus) = match step.as_str() {
        "ready" => (&[Held], Ready),
        "collect" => (&[Held, Ready], Collected),
        "cancel" => (&[Held, Ready], Cancelled),
        _ => return Err(AppError::not_found("There is no such API route.")),
    };
    Ok(Json(
        transition(&st, &id, Scope::Store(&staff.store_id), from, to).await?,
    ))
}

/// Expires every open reservation whose hold has ended by `now`, releasing its stock;
/// returns how many. Run at start-up (catching up on holds that ended while the server was
/// down) and periodically.
pub async fn expire_due(st: &AppState, now: DateTime<Utc>) -> AppResult<usize> {
    let now_s = rfc3339(now);
    let due: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, hold_until FROM reservations WHERE status IN ('held', 'ready') AND hold_until <= ?",
    )
    .bind(&now_s)
    .fetch_all(&st.db)
    .await?;
    let mut n = 0;
    for (id, hold_until) in due {
        // Text comparison is exact for our one RFC 3339 format; this double-checks it.
        if parse_rfc3339(&hold_until).is_some_and(|t| t > now) {
            continue;
        }
        use ReservationStatus::*;
        match transition(st, &id, Scope::Any, &[Held, Ready], Expired).await {
            Ok(_) => n += 1,
            // Collected or cancelled meanwhile: nothing to do.
            Err(e) if e.body.code == codes::INVALID_TRANSITION => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Runs [`expire_due`] now and then every 30 seconds, forever.
pub async fn expiry_task(st: AppState) {
    loop {
        match expire_due(&st, st.clock.now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(n, "expired reservations"),
            Err(e) => tracing::warn!(?e.body, "expiring reservations failed"),
        }
        if let Err(e) = crate::idempotency::purge(&st.db, st.clock.now()).await {
            tracing::warn!(%e, "purging idempotency keys failed");
        }
        tokio::time::sleep(std::time::Duration::from_secs(30)).await;
    }
}

/// A store's reservation for the staff views, by id (403 for another store's).
pub async fn for_store(st: &AppState, id: &str, store_id: &str) -> AppResult<Reservation> {
    let mut conn = st.db.acquire().await?;
    let row = load_row(&mut conn, id).await?.ok_or_else(not_found)?;
    if row.2 != store_id {
        return Err(AppError::forbidden(
            "This reservation belongs to another store.",
        ));
    }
    Ok(hydrate(&mut conn, vec![row]).await?.remove(0))
}
