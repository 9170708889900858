//! Try-on appointments: fitting-room slots per store, booking that can never take a slot past
//! its capacity, reschedule and cancel, the booking code as a QR code and a calendar file,
//! and the staff check-in / no-show steps.
//!
//! Places are counted in `slot_bookings`, one row per (store, slot start). Every change to a
//! count happens inside one `BEGIN IMMEDIATE` transaction as a conditional update
//! (`booked < capacity`), so concurrent bookings queue on SQLite's write lock and the loser
//! sees zero rows changed: a slot can never be overbooked, whatever the concurrency.

use std::collections::HashSet;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use sqlx::{FromRow, SqliteConnection};
use tandem_api::{
    codes, Appointment, AppointmentStatus, Colour, Localized, NewAppointment, Reschedule, SlotDay,
    SlotFullDetail, TryOnItem, MAX_TRY_ON_ITEMS,
};

use crate::auth::{new_code, new_secret, Shopper, ShopperOrNew, StaffMember};
use crate::clock::{parse_rfc3339, rfc3339};
use crate::db::begin_write;
use crate::error::{AppError, AppResult};
use crate::extract::ApiJson;
use crate::hours::SLOT_MINUTES;
use crate::idempotency::Idempotency;
use crate::routes::stores::{load_one, StoreInfo};
use crate::slots::{self, Window};
use crate::state::AppState;

/// How many alternatives a `slot_full` error offers.
pub const NEXT_FREE: usize = 3;
/// Characters of a booking code (grouped as `XXXX-XX`).
pub const BOOKING_CODE_LEN: usize = 6;

/// Appointment and slot routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/stores/{id}/slots", get(slot_day))
        .route("/try-on-items", get(try_on_items))
        .route("/appointments", get(mine).post(create))
        .route("/appointments/{id}", get(one))
        .route("/appointments/{id}/cancel", post(cancel))
        .route("/appointments/{id}/reschedule", post(reschedule))
        .route("/appointments/{id}/qr.svg", get(qr))
        .route("/appointments/{id}/calendar.ics", get(calendar))
        .route("/staff/appointments/{id}/check-in", post(check_in))
        .route("/staff/appointments/{id}/no-show", post(no_show))
}

// ---------------------------------------------------------------------------------------------
// Rows and their API shape

#[derive(FromRow, Clone, Debug)]
struct Row {
    id: String,
    session_id: i64,
    store_id: String,
    starts_at: String,
    ends_at: String,
    status: String,
    booking_code: String,
    created_at: String,
    updated_at: String,
}

const SELECT: &str = "SELECT id, session_id, store_id, starts_at, ends_at, status, booking_code, \
                      created_at, updated_at FROM appointments";

#[derive(FromRow)]
struct ItemRow {
    sku: String,
    slug: String,
    name_en: String,
    name_ko: String,
    size: Option<String>,
    colour_en: Option<String>,
    colour_ko: Option<String>,
    colour_hex: Option<String>,
    available: i64,
}

impl ItemRow {
    fn item(self) -> TryOnItem {
        let colour = match (self.colour_en, self.colour_ko) {
            (Some(en), Some(ko)) => Some(Colour {
                name: Localized::new(en, ko),
                hex: self.colour_hex.unwrap_or_else(|| "#888888".into()),
            }),
            _ => None,
        };
        TryOnItem {
            sku: self.sku,
            product: self.slug,
            name: Localized::new(self.name_en, self.name_ko),
            size: self.size,
            colour,
            available: self.available.max(0) as u32,
        }
    }
}

fn status_from(s: &str) -> AppointmentStatus {
    match s {
        "checked_in" => AppointmentStatus::CheckedIn,
        "cancelled" => AppointmentStatus::Cancelled,
        "no_show" => AppointmentStatus::NoShow,
        _ => AppointmentStatus::Booked,
    }
}

fn status_str(s: AppointmentStatus) -> &'static str {
    match s {
        AppointmentStatus::Booked => "booked",
        AppointmentStatus::CheckedIn => "checked_in",
        AppointmentStatus::Cancelled => "cancelled",
        AppointmentStatus::NoShow => "no_show",
    }
}

/// The status in words, for error messages.
fn status_words(s: AppointmentStatus) -> &'static str {
    match s {
        AppointmentStatus::Booked => "booked",
        AppointmentStatus::CheckedIn => "already checked in",
        AppointmentStatus::Cancelled => "cancelled",
        AppointmentStatus::NoShow => "marked as a no-show",
    }
}

async fn find(conn: &mut SqliteConnection, id: &str) -> AppResult<Option<Row>> {
    Ok(sqlx::query_as::<_, Row>(&format!("{SELECT} WHERE id = ?"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?)
}

fn not_found(id: &str) -> AppError {
    AppError::not_found(format!("There is no appointment “{id}”."))
}

/// The shopper's own appointment; someone else's answers exactly like a missing one (404),
/// so ids reveal nothing.
async fn own(conn: &mut SqliteConnection, id: &str, session_id: i64) -> AppResult<Row> {
    find(conn, id)
        .await?
        .filter(|r| r.session_id == session_id)
        .ok_or_else(|| not_found(id))
}

/// Items of one appointment, with their stock at its store now.
async fn items(
    conn: &mut SqliteConnection,
    appointment_id: &str,
    store_id: &str,
) -> AppResult<Vec<TryOnItem>> {
    let rows: Vec<ItemRow> = sqlx::query_as(
        "SELECT ai.sku, p.slug, p.name_en, p.name_ko, v.size, v.colour_en, v.colour_ko, v.colour_hex,
                COALESCE(s.on_hand - s.held, 0) AS available
         FROM appointment_items ai
         JOIN variants v ON v.sku = ai.sku
         JOIN products p ON p.id = v.product_id
         LEFT JOIN stock s ON s.sku = ai.sku AND s.store_id = ?
         WHERE ai.appointment_id = ? ORDER BY ai.position",
    )
    .bind(store_id)
    .bind(appointment_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(ItemRow::item).collect())
}

async fn hydrate(conn: &mut SqliteConnection, row: Row) -> AppResult<Appointment> {
    let items = items(conn, &row.id, &row.store_id).await?;
    let zone: String = sqlx::query_scalar("SELECT time_zone FROM stores WHERE id = ?")
        .bind(&row.store_id)
        .fetch_one(&mut *conn)
        .await?;
    let zone_abbreviation = match (zone.parse::<chrono_tz::Tz>(), parse_rfc3339(&row.starts_at)) {
        (Ok(tz), Some(start)) => start.with_timezone(&tz).format("%Z").to_string(),
        _ => String::new(),
    };
    Ok(Appointment {
        id: row.id,
        status: status_from(&row.status),
        store_id: row.store_id,
        start: row.starts_at,
        end: row.ends_at,
        booking_code: row.booking_code,
        items,
        created_at: row.created_at,
        zone_abbreviation,
    })
}

/// A session's appointments: upcoming booked ones first (soonest first), then the rest
/// (checked in, cancelled, no-show, or past) newest first.
pub async fn for_session(
    conn: &mut SqliteConnection,
    session_id: i64,
    now: DateTime<Utc>,
) -> AppResult<Vec<Appointment>> {
    let now = rfc3339(now);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE session_id = ?
         ORDER BY CASE WHEN status = 'booked' AND ends_at > ? THEN 0 ELSE 1 END,
                  CASE WHEN status = 'booked' AND ends_at > ? THEN starts_at END ASC,
                  starts_at DESC, created_at DESC"
    ))
    .bind(session_id)
    .bind(&now)
    .bind(&now)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(hydrate(conn, row).await?);
    }
    Ok(out)
}

/// A store's appointments starting in `[from, to)`, earliest first (the staff queue).
pub async fn at_store_between(
    conn: &mut SqliteConnection,
    store_id: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> AppResult<Vec<Appointment>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE store_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id"
    ))
    .bind(store_id)
    .bind(rfc3339(from))
    .bind(rfc3339(to))
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(hydrate(conn, row).await?);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Places in a slot

/// Takes one place in the slot; false when it is full. Call inside a write transaction.
async fn take_place(
    conn: &mut SqliteConnection,
    store: &StoreInfo,
    start: &str,
) -> Result<bool, sqlx::Error> {
    // Portable upsert (SQLite and PostgreSQL): the row exists from the first booking on.
    sqlx::query(
        "INSERT INTO slot_bookings (store_id, starts_at, capacity, booked) VALUES (?, ?, ?, 0)
         ON CONFLICT (store_id, starts_at) DO NOTHING",
    )
    .bind(&store.store.id)
    .bind(start)
    .bind(i64::from(store.store.fitting_rooms))
    .execute(&mut *conn)
    .await?;
    let taken = sqlx::query(
        "UPDATE slot_bookings SET booked = booked + 1
         WHERE store_id = ? AND starts_at = ? AND booked < capacity",
    )
    .bind(&store.store.id)
    .bind(start)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(taken == 1)
}

/// Gives a place back. Call inside a write transaction.
async fn release_place(
    conn: &mut SqliteConnection,
    store_id: &str,
    start: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE slot_bookings SET booked = booked - 1 WHERE store_id = ? AND starts_at = ? AND booked > 0",
    )
    .bind(store_id)
    .bind(start)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// 409 `slot_full` with the next free slots in `detail`.
async fn slot_full(
    conn: &mut SqliteConnection,
    st: &AppState,
    store: &StoreInfo,
    start: DateTime<Utc>,
) -> AppResult<AppError> {
    let window = Window::new(&store.schedule, st.clock.now(), &st.settings);
    let next_free = slots::next_free(conn, store, start, &window, NEXT_FREE).await?;
    let message = if next_free.is_empty() {
        "That slot has just filled up, and there are no free slots after it in the booking window."
    } else {
        "That slot has just filled up. Choose one of the next free slots instead."
    };
    let detail = serde_json::to_value(SlotFullDetail { next_free }).map_err(AppError::internal)?;
    Ok(AppError::conflict(codes::SLOT_FULL, message).with_detail(detail))
}

/// 400 when the shopper already holds a booked try-on at that store and time (booking a
/// second place would only keep someone else out).
async fn check_not_double_booked(
    conn: &mut SqliteConnection,
    session_id: i64,
    store_id: &str,
    start: &str,
    except: Option<&str>,
) -> AppResult<()> {
    let code: Option<String> = sqlx::query_scalar(
        "SELECT booking_code FROM appointments
         WHERE session_id = ? AND store_id = ? AND starts_at = ? AND status = 'booked' AND id <> ?",
    )
    .bind(session_id)
    .bind(store_id)
    .bind(start)
    .bind(except.unwrap_or(""))
    .fetch_optional(&mut *conn)
    .await?;
    match code {
        Some(code) => Err(AppError::invalid(
            "start",
            format!("You already have a try-on booked at this time (booking code {code})."),
        )),
        None => Ok(()),
    }
}

/// Checks the items to try: at most [`MAX_TRY_ON_ITEMS`], no repeats, every one a known
/// variant (400 naming `skus`). Returns them trimmed, in order.
async fn check_skus(conn: &mut SqliteConnection, skus: &[String]) -> AppResult<Vec<String>> {
    if skus.len() > MAX_TRY_ON_ITEMS {
        return Err(AppError::invalid(
            "skus",
            format!(
                "A try-on can include at most {MAX_TRY_ON_ITEMS} items; this one lists {}.",
                skus.len()
            ),
        ));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(skus.len());
    for sku in skus {
        let sku = sku.trim();
        if !seen.insert(sku) {
            return Err(AppError::invalid(
                "skus",
                format!("“{sku}” is listed more than once."),
            ));
        }
        let known: Option<i64> = sqlx::query_scalar("SELECT 1 FROM variants WHERE sku = ?")
            .bind(sku)
            .fetch_optional(&mut *conn)
            .await?;
        if known.is_none() {
            return Err(AppError::invalid(
                "skus",
                format!("There is no item “{sku}”."),
            ));
        }
        out.push(sku.to_string());
    }
    Ok(out)
}

/// The store, if it takes try-ons (409 `store_unavailable` when it has no fitting rooms).
async fn bookable_store(st: &AppState, id: &str) -> AppResult<StoreInfo> {
    let store = load_one(&st.db, id, st.clock.now()).await?;
    if store.store.fitting_rooms == 0 {
        return Err(AppError::conflict(
            codes::STORE_UNAVAILABLE,
            format!(
                "{} has no fitting rooms, so it does not take try-on bookings.",
                store.store.name.en
            ),
        ));
    }
    Ok(store)
}

fn end_of(start: DateTime<Utc>) -> String {
    rfc3339(start + Duration::minutes(SLOT_MINUTES))
}

// ---------------------------------------------------------------------------------------------
// Shopper routes

/// Query of the slots route.
#[derive(Deserialize, Debug)]
struct DateQuery {
    date: Option<String>,
}

/// `GET /api/stores/{id}/slots?date=YYYY-MM-DD`
async fn slot_day(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<DateQuery>,
) -> AppResult<Json<SlotDay>> {
    let store = bookable_store(&st, &id).await?;
    let window = Window::new(&store.schedule, st.clock.now(), &st.settings);
    let date = slots::parse_date(q.date.as_deref(), &window, st.settings.booking_days)?;
    let mut conn = st.db.acquire().await?;
    let slots = slots::day(&mut conn, &store, date, &window).await?;
    Ok(Json(SlotDay {
        store_id: store.store.id.clone(),
        date: date.to_string(),
        time_zone: store.store.time_zone.clone(),
        zone_abbreviation: slots::abbreviation_on(&store.schedule, date),
        closed: store.schedule.hours_on(date).is_none(),
        slots,
    }))
}

/// Query of the try-on items preview.
#[derive(Deserialize, Debug)]
struct ItemsQuery {
    store: Option<String>,
    skus: Option<String>,
}

/// `GET /api/try-on-items?skus=A,B&store=`: the items a shopper is about to book, with their
/// stock at `store` (0 without one). A preview for shared links, so unknown SKUs are left
/// out rather than refused; booking checks them strictly.
async fn try_on_items(
    State(st): State<AppState>,
    Query(q): Query<ItemsQuery>,
) -> AppResult<Json<Vec<TryOnItem>>> {
    let store = match q.store.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => Some(load_one(&st.db, id, st.clock.now()).await?.store.id),
        None => None,
    };
    let mut seen = HashSet::new();
    let skus: Vec<&str> = q
        .skus
        .as_deref()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && seen.insert(*s))
        .take(MAX_TRY_ON_ITEMS)
        .collect();
    let mut conn = st.db.acquire().await?;
    let mut out = Vec::with_capacity(skus.len());
    for sku in skus {
        let row: Option<ItemRow> = sqlx::query_as(
            "SELECT v.sku, p.slug, p.name_en, p.name_ko, v.size, v.colour_en, v.colour_ko, v.colour_hex,
                    COALESCE((SELECT on_hand - held FROM stock WHERE sku = v.sku AND store_id = ?), 0) AS available
             FROM variants v JOIN products p ON p.id = v.product_id WHERE v.sku = ?",
        )
        .bind(store.as_deref().unwrap_or(""))
        .bind(sku)
        .fetch_optional(&mut *conn)
        .await?;
        out.extend(row.map(ItemRow::item));
    }
    Ok(Json(out))
}

/// `POST /api/appointments` with an optional `Idempotency-Key`: 201 with the appointment,
/// 409 `slot_full` with the next free slots.
/// Booked try-ons one shopper may have ahead of them at once.
pub const MAX_UPCOMING_TRY_ONS: u32 = 3;

async fn create(
    State(st): State<AppState>,
    shopper: ShopperOrNew,
    headers: HeaderMap,
    ApiJson(body): ApiJson<NewAppointment>,
) -> AppResult<Response> {
    let idempotency = Idempotency::from_request(&headers, "POST /api/appointments", &body)?;
    // Loaded before the write transaction: it reads through the pool, and a pool connection
    // must never be awaited while holding the write lock that the pool's other users queue on.
    let store = bookable_store(&st, &body.store_id).await?;
    let now = st.clock.now();
    let now_s = rfc3339(now);
    let mut tx = begin_write(&st.db).await?;
    if let Some(original) = idempotency.replay(&mut tx, shopper.id).await? {
        return Ok(original);
    }
    let start = slots::check_start(&store, &body.start, now, &st.settings)?;
    let skus = check_skus(&mut tx, &body.skus).await?;
    let start_s = rfc3339(start);
    check_not_double_booked(&mut tx, shopper.id, &store.store.id, &start_s, None).await?;
    // One shopper cannot book out a store's fitting rooms.
    let upcoming: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM appointments WHERE session_id = ? AND status = 'booked' AND ends_at > ?",
    )
    .bind(shopper.id)
    .bind(&now_s)
    .fetch_one(&mut *tx)
    .await?;
    if upcoming >= i64::from(MAX_UPCOMING_TRY_ONS) {
        return Err(AppError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::LIMIT_EXCEEDED,
            format!("You can have at most {MAX_UPCOMING_TRY_ONS} upcoming try-ons. Cancel one to book another."),
        )
        .with_detail(serde_json::json!({ "max_upcoming": MAX_UPCOMING_TRY_ONS })));
    }
    if !take_place(&mut tx, &store, &start_s).await? {
        return Err(slot_full(&mut tx, &st, &store, start).await?);
    }
    let id = new_secret()[..32].to_string();
    sqlx::query(
        "INSERT INTO appointments (id, session_id, store_id, starts_at, ends_at, status, booking_code, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'booked', ?, ?, ?)",
    )
    .bind(&id)
    .bind(shopper.id)
    .bind(&store.store.id)
    .bind(&start_s)
    .bind(end_of(start))
    .bind(new_code(BOOKING_CODE_LEN))
    .bind(&now_s)
    .bind(&now_s)
    .execute(&mut *tx)
    .await?;
    for (position, sku) in skus.iter().enumerate() {
        sqlx::query(
            "INSERT INTO appointment_items (appointment_id, sku, position) VALUES (?, ?, ?)",
        )
        .bind(&id)
        .bind(sku)
        .bind(position as i64)
        .execute(&mut *tx)
        .await?;
    }
    let row = find(&mut tx, &id)
        .await?
        .ok_or_else(|| AppError::internal("appointment vanished"))?;
    let appointment = hydrate(&mut tx, row).await?;
    idempotency
        .save(
            &mut tx,
            shopper.id,
            StatusCode::CREATED,
            &appointment,
            &now_s,
        )
        .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(appointment)).into_response())
}

/// `GET /api/appointments`: mine, upcoming first.
async fn mine(State(st): State<AppState>, shopper: Shopper) -> AppResult<Json<Vec<Appointment>>> {
    let mut conn = st.db.acquire().await?;
    Ok(Json(
        for_session(&mut conn, shopper.id, st.clock.now()).await?,
    ))
}

/// `GET /api/appointments/{id}`
async fn one(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(id): Path<String>,
) -> AppResult<Json<Appointment>> {
    let mut conn = st.db.acquire().await?;
    let row = own(&mut conn, &id, shopper.id).await?;
    Ok(Json(hydrate(&mut conn, row).await?))
}

/// 409 unless the appointment is booked and has not started yet.
fn check_changeable(row: &Row, now: DateTime<Utc>, action: &str) -> AppResult<()> {
    let status = status_from(&row.status);
    if status != AppointmentStatus::Booked {
        return Err(AppError::conflict(
            codes::INVALID_TRANSITION,
            format!(
                "This try-on is {}, so it cannot be {action}.",
                status_words(status)
            ),
        ));
    }
    if parse_rfc3339(&row.starts_at).is_some_and(|s| s <= now) {
        return Err(AppError::conflict(
            codes::INVALID_TRANSITION,
            format!("This try-on has already started, so it cannot be {action}."),
        ));
    }
    Ok(())
}

/// `POST /api/appointments/{id}/cancel`: gives the place back.
async fn cancel(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(id): Path<String>,
) -> AppResult<Json<Appointment>> {
    let now = st.clock.now();
    let mut tx = begin_write(&st.db).await?;
    let row = own(&mut tx, &id, shopper.id).await?;
    check_changeable(&row, now, "cancelled")?;
    sqlx::query("UPDATE appointments SET status = 'cancelled', updated_at = ? WHERE id = ?")
        .bind(rfc3339(now))
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    release_place(&mut tx, &row.store_id, &row.starts_at).await?;
    let row = own(&mut tx, &id, shopper.id).await?;
    let appointment = hydrate(&mut tx, row).await?;
    tx.commit().await?;
    Ok(Json(appointment))
}

/// `POST /api/appointments/{id}/reschedule` `{start}`: takes the new place and gives the old
/// one back in one transaction; a full new slot changes nothing (409 `slot_full`).
async fn reschedule(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Reschedule>,
) -> AppResult<Json<Appointment>> {
    // The store is read through the pool before the write lock is taken (see `create`).
    let store_id = {
        let mut conn = st.db.acquire().await?;
        own(&mut conn, &id, shopper.id).await?.store_id
    };
    let store = load_one(&st.db, &store_id, st.clock.now()).await?;
    let now = st.clock.now();
    let mut tx = begin_write(&st.db).await?;
    let row = own(&mut tx, &id, shopper.id).await?;
    check_changeable(&row, now, "moved")?;
    let start = slots::check_start(&store, &body.start, now, &st.settings)?;
    let start_s = rfc3339(start);
    // Asking for the time it already has is a retry, not a change.
    if parse_rfc3339(&row.starts_at) == Some(start) {
        return Ok(Json(hydrate(&mut tx, row).await?));
    }
    check_not_double_booked(&mut tx, shopper.id, &store.store.id, &start_s, Some(&id)).await?;
    if !take_place(&mut tx, &store, &start_s).await? {
        return Err(slot_full(&mut tx, &st, &store, start).await?);
    }
    release_place(&mut tx, &row.store_id, &row.starts_at).await?;
    sqlx::query("UPDATE appointments SET starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?")
        .bind(&start_s)
        .bind(end_of(start))
        .bind(rfc3339(now))
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    let row = own(&mut tx, &id, shopper.id).await?;
    let appointment = hydrate(&mut tx, row).await?;
    tx.commit().await?;
    Ok(Json(appointment))
}

/// `GET /api/appointments/{id}/qr.svg`: the booking code as a QR code for the counter.
async fn qr(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let mut conn = st.db.acquire().await?;
    let row = own(&mut conn, &id, shopper.id).await?;
    Ok(crate::qr::response(&row.booking_code))
}

/// Query of the calendar route.
#[derive(Deserialize, Debug)]
struct LangQuery {
    lang: Option<String>,
}

/// `GET /api/appointments/{id}/calendar.ics?lang=en|ko`: an iCalendar file to add the try-on
/// to any calendar app.
async fn calendar(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(id): Path<String>,
    Query(q): Query<LangQuery>,
) -> AppResult<impl IntoResponse> {
    let row = {
        let mut conn = st.db.acquire().await?;
        own(&mut conn, &id, shopper.id).await?
    };
    let store = load_one(&st.db, &row.store_id, st.clock.now()).await?;
    let korean = q.lang.as_deref().is_some_and(|l| l.starts_with("ko"));
    let pick = |l: &Localized| if korean { l.ko.clone() } else { l.en.clone() };
    let name = pick(&store.store.name);
    let (summary, description) = if korean {
        (
            format!("피팅 예약 — {name}"),
            format!(
                "예약 코드 {}. 매장 직원에게 코드나 QR을 보여 주세요.",
                row.booking_code
            ),
        )
    } else {
        (
            format!("Try-on at {name}"),
            format!(
                "Booking code {}. Show the code or its QR code to staff.",
                row.booking_code
            ),
        )
    };
    let event = CalendarEvent {
        uid: format!("{}@tandem.appointments", row.id),
        stamp: st.clock.now(),
        start: parse_rfc3339(&row.starts_at).ok_or_else(|| AppError::internal("bad starts_at"))?,
        end: parse_rfc3339(&row.ends_at).ok_or_else(|| AppError::internal("bad ends_at"))?,
        modified: parse_rfc3339(&row.updated_at).unwrap_or_else(|| st.clock.now()),
        revision: revision(&row),
        summary,
        location: format!("{name}, {}", pick(&store.store.address)),
        description,
        cancelled: matches!(
            status_from(&row.status),
            AppointmentStatus::Cancelled | AppointmentStatus::NoShow
        ),
    };
    let filename = format!("tandem-try-on-{}.ics", row.booking_code);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        event.to_ics(),
    ))
}

/// iCalendar `SEQUENCE`: it must grow with every change so calendar apps replace an older
/// import; seconds between booking and the last change do, with no extra column.
fn revision(row: &Row) -> i64 {
    match (
        parse_rfc3339(&row.created_at),
        parse_rfc3339(&row.updated_at),
    ) {
        (Some(c), Some(u)) => (u - c).num_seconds().max(0),
        _ => 0,
    }
}

// ---------------------------------------------------------------------------------------------
// Staff routes

/// Moves a booked appointment of the staff member's store to `to`.
async fn staff_transition(
    st: &AppState,
    staff: &StaffMember,
    id: &str,
    to: AppointmentStatus,
) -> AppResult<Json<Appointment>> {
    let now = st.clock.now();
    let mut tx = begin_write(&st.db).await?;
    let row = find(&mut tx, id).await?.ok_or_else(|| not_found(id))?;
    if row.store_id != staff.store_id {
        return Err(AppError::forbidden(
            "This appointment is at another store; only that store’s staff can change it.",
        ));
    }
    let status = status_from(&row.status);
    let action = match to {
        AppointmentStatus::CheckedIn => "checked in",
        _ => "marked as a no-show",
    };
    if status != AppointmentStatus::Booked {
        return Err(AppError::conflict(
            codes::INVALID_TRANSITION,
            format!(
                "This try-on is {}; only a booked try-on can be {action}.",
                status_words(status)
            ),
        ));
    }
    if to == AppointmentStatus::NoShow && parse_rfc3339(&row.starts_at).is_some_and(|s| s > now) {
        return Err(AppError::conflict(
            codes::INVALID_TRANSITION,
            "This try-on has not started yet; it can be marked as a no-show once its slot begins.",
        ));
    }
    sqlx::query("UPDATE appointments SET status = ?, updated_at = ? WHERE id = ?")
        .bind(status_str(to))
        .bind(rfc3339(now))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let row = find(&mut tx, id).await?.ok_or_else(|| not_found(id))?;
    let appointment = hydrate(&mut tx, row).await?;
    tx.commit().await?;
    Ok(Json(appointment))
}

/// `POST /api/staff/appointments/{id}/check-in`: booked → checked in.
async fn check_in(
    State(st): State<AppState>,
    staff: StaffMember,
    Path(id): Path<String>,
) -> AppResult<Json<Appointment>> {
    staff_transition(&st, &staff, &id, AppointmentStatus::CheckedIn).await
}

/// `POST /api/staff/appointments/{id}/no-show`: booked → no-show, once the slot has begun.
async fn no_show(
    State(st): State<AppState>,
    staff: StaffMember,
    Path(id): Path<String>,
) -> AppResult<Json<Appointment>> {
    staff_transition(&st, &staff, &id, AppointmentStatus::NoShow).await
}

// ---------------------------------------------------------------------------------------------
// iCalendar (RFC 5545)

/// One try-on as an iCalendar event.
#[derive(Clone, Debug)]
pub struct CalendarEvent {
    /// Globally unique, stable across changes so a re-import updates the event.
    pub uid: String,
    /// When the file was made (`DTSTAMP`).
    pub stamp: DateTime<Utc>,
    /// Start.
    pub start: DateTime<Utc>,
    /// End.
    pub end: DateTime<Utc>,
    /// Last change (`LAST-MODIFIED`).
    pub modified: DateTime<Utc>,
    /// `SEQUENCE`: grows with every change.
    pub revision: i64,
    /// Title.
    pub summary: String,
    /// Store name and address.
    pub location: String,
    /// Notes.
    pub description: String,
    /// Whether the try-on is off (`STATUS:CANCELLED`).
    pub cancelled: bool,
}

/// `20261204T050000Z`: UTC with the `Z`, so no time-zone definitions are needed.
fn ics_time(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1) and ends it
/// with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

impl CalendarEvent {
    /// The whole `.ics` file, CRLF line endings.
    pub fn to_ics(&self) -> String {
        let lines = [
            "BEGIN:VCALENDAR".to_string(),
            "VERSION:2.0".to_string(),
            "PRODID:-//Tandem//Try-on appointments//EN".to_string(),
            "CALSCALE:GREGORIAN".to_string(),
            "METHOD:PUBLISH".to_string(),
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", ics_text(&self.uid)),
            format!("DTSTAMP:{}", ics_time(self.stamp)),
            format!("DTSTART:{}", ics_time(self.start)),
            format!("DTEND:{}", ics_time(self.end)),
            format!("LAST-MODIFIED:{}", ics_time(self.modified)),
            format!("SEQUENCE:{}", self.revision),
            format!("SUMMARY:{}", ics_text(&self.summary)),
            format!("LOCATION:{}", ics_text(&self.location)),
            format!("DESCRIPTION:{}", ics_text(&self.description)),
            format!(
                "STATUS:{}",
                if self.cancelled {
                    "CANCELLED"
                } else {
                    "CONFIRMED"
                }
            ),
            "TRANSP:OPAQUE".to_string(),
            "END:VEVENT".to_string(),
            "END:VCALENDAR".to_string(),
        ];
        let mut out = String::new();
        for line in &lines {
            fold(line, &mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        parse_rfc3339(s).unwrap()
    }

    #[test]
    fn calendar_file_is_rfc5545_shaped() {
        let e = CalendarEvent {
            uid: "abc@tandem.appointments".into(),
            stamp: utc("2026-12-04T03:00:00Z"),
            start: utc("2026-12-05T05:00:00Z"),
            end: utc("2026-12-05T05:30:00Z"),
            modified: utc("2026-12-04T03:00:00Z"),
            revision: 0,
            summary: "Try-on at Tandem Seongsu Flagship".into(),
            location: "Tandem Seongsu Flagship, 45 Yeonmujang-gil; Seongdong-gu, Seoul — 서울특별시 성동구 연무장길 45 a long address that needs folding".into(),
            description: "Booking code K7QM-3X.\nSee you".into(),
            cancelled: false,
        };
        let ics = e.to_ics();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "only CRLF line breaks"
        );
        assert!(ics.contains("\r\nDTSTART:20261205T050000Z\r\n"));
        assert!(ics.contains("\r\nDTEND:20261205T053000Z\r\n"));
        assert!(ics.contains("\r\nUID:abc@tandem.appointments\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20261204T030000Z\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "folded: {line}");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded
            .contains("LOCATION:Tandem Seongsu Flagship\\, 45 Yeonmujang-gil\\; Seongdong-gu"));
        assert!(
            unfolded.contains("서울특별시 성동구 연무장길 45"),
            "no character split"
        );
        assert!(unfolded.contains("DESCRIPTION:Booking code K7QM-3X.\\nSee you"));
    }
}
