//! The shopper's own session: profile, visit pass (counter code + QR), wishlist, recently
//! viewed, the audit of staff look-ups, and erasure.

use axum::extract::{Path, State};
use axum::http::header::SET_COOKIE;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chrono::Duration;
use tandem_api::paths::SESSION_COOKIE;
use tandem_api::{Localized, Lookup, ProfileUpdate, Session};

use crate::auth::{new_code, set_cookie, Shopper, ShopperOrNew, COUNTER_CODE_HOURS};
use crate::clock::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::ApiJson;
use crate::routes::catalog::product_by_slug;
use crate::state::AppState;

/// How many recently viewed products are kept.
pub const RECENT_LIMIT: i64 = 12;

/// Session routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/session", get(me).patch(update).delete(erase))
        .route("/session/code", post(rotate))
        .route("/session/qr.svg", get(qr))
        .route("/session/lookups", get(lookups))
        .route("/session/wishlist/{slug}", put(wish).delete(unwish))
        .route("/session/viewed/{slug}", post(viewed))
}

/// Loads the API view of session `id`.
pub async fn load(st: &AppState, id: i64) -> AppResult<Session> {
    let (display_name, phone, code, expires): (Option<String>, Option<String>, Option<String>, Option<String>) =
        sqlx::query_as("SELECT display_name, phone, counter_code, counter_code_expires_at FROM sessions WHERE id = ?")
            .bind(id)
            .fetch_one(&st.db)
            .await?;
    Ok(Session {
        display_name,
        phone,
        counter_code: code.unwrap_or_default(),
        counter_code_expires_at: expires.unwrap_or_default(),
        wishlist: wishlist(&st.db, id).await?,
        recently_viewed: recently_viewed(&st.db, id).await?,
    })
}

/// Wishlisted product slugs, newest first.
pub async fn wishlist(db: &sqlx::SqlitePool, id: i64) -> AppResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT p.slug FROM wishlist w JOIN products p ON p.id = w.product_id
         WHERE w.session_id = ? ORDER BY w.added_at DESC, p.slug",
    )
    .bind(id)
    .fetch_all(db)
    .await?)
}

/// Recently viewed product slugs, newest first.
pub async fn recently_viewed(db: &sqlx::SqlitePool, id: i64) -> AppResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT p.slug FROM recently_viewed r JOIN products p ON p.id = r.product_id
         WHERE r.session_id = ? ORDER BY r.viewed_at DESC, p.slug LIMIT ?",
    )
    .bind(id)
    .bind(RECENT_LIMIT)
    .fetch_all(db)
    .await?)
}

/// Gives the session a fresh counter code; the old one stops working at once.
async fn new_counter_code(st: &AppState, id: i64) -> AppResult<()> {
    let now = st.clock.now();
    for _ in 0..5 {
        let res = sqlx::query(
            "UPDATE sessions SET counter_code = ?, counter_code_expires_at = ? WHERE id = ?",
        )
        .bind(new_code(8))
        .bind(rfc3339(now + Duration::hours(COUNTER_CODE_HOURS)))
        .bind(id)
        .execute(&st.db)
        .await;
        match res {
            Ok(_) => return Ok(()),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::internal("could not draw a unique counter code"))
}

/// `GET /api/session`: my session, created (with its cookie) on first call; an expired
/// counter code is replaced so the pass always shows one that works.
async fn me(State(st): State<AppState>, shopper: ShopperOrNew) -> AppResult<Json<Session>> {
    let s = load(&st, shopper.id).await?;
    if s.counter_code_expires_at <= rfc3339(st.clock.now()) {
        new_counter_code(&st, shopper.id).await?;
        return Ok(Json(load(&st, shopper.id).await?));
    }
    sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE id = ?")
        .bind(rfc3339(st.clock.now()))
        .bind(shopper.id)
        .execute(&st.db)
        .await?;
    Ok(Json(s))
}

/// `PATCH /api/session`: display name and phone; empty text clears a field.
async fn update(
    State(st): State<AppState>,
    shopper: ShopperOrNew,
    ApiJson(body): ApiJson<ProfileUpdate>,
) -> AppResult<Json<Session>> {
    if let Some(name) = &body.display_name {
        let name = name.trim();
        if name.chars().count() > 60 || name.chars().any(char::is_control) {
            return Err(AppError::invalid(
                "display_name",
                "A name of at most 60 characters, please.",
            ));
        }
        sqlx::query("UPDATE sessions SET display_name = ? WHERE id = ?")
            .bind(Some(name).filter(|n| !n.is_empty()))
            .bind(shopper.id)
            .execute(&st.db)
            .await?;
    }
    if let Some(phone) = &body.phone {
        let phone = phone.trim();
        if phone.chars().count() > 20
            || !phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c))
        {
            return Err(AppError::invalid(
                "phone",
                "A phone number has digits, spaces and + - ( ) only.",
            ));
        }
        sqlx::query("UPDATE sessions SET phone = ? WHERE id = ?")
            .bind(Some(phone).filter(|p| !p.is_empty()))
            .bind(shopper.id)
            .execute(&st.db)
            .await?;
    }
    Ok(Json(load(&st, shopper.id).await?))
}

/// `POST /api/session/code`: a new counter code; the old one dies.
async fn rotate(State(st): State<AppState>, shopper: Shopper) -> AppResult<Json<Session>> {
    new_counter_code(&st, shopper.id).await?;
    Ok(Json(load(&st, shopper.id).await?))
}

/// `GET /api/session/qr.svg`: the counter code as a QR code for staff to scan.
async fn qr(State(st): State<AppState>, shopper: Shopper) -> AppResult<impl IntoResponse> {
    let s = load(&st, shopper.id).await?;
    Ok(crate::qr::response(&s.counter_code))
}

/// `GET /api/session/lookups`: every staff look-up of my pass, newest first.
async fn lookups(
    State(st): State<AppState>,
    shopper: Option<Shopper>,
) -> AppResult<Json<Vec<Lookup>>> {
    let Some(shopper) = shopper else {
        return Ok(Json(vec![]));
    };
    let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT l.store_id, s.name_en, s.name_ko, f.display_name, l.at
         FROM lookups l JOIN stores s ON s.id = l.store_id JOIN staff f ON f.id = l.staff_id
         WHERE l.session_id = ? ORDER BY l.at DESC, l.id DESC LIMIT 100",
    )
    .bind(shopper.id)
    .fetch_all(&st.db)
    .await?;
    Ok(Json(
        rows.into_iter()
            .map(|(store_id, en, ko, staff_name, at)| Lookup {
                store_id,
                store_name: Localized::new(en, ko),
                staff_name,
                at,
            })
            .collect(),
    ))
}

/// `PUT /api/session/wishlist/{slug}`
async fn wish(
    State(st): State<AppState>,
    shopper: ShopperOrNew,
    Path(slug): Path<String>,
) -> AppResult<Json<Session>> {
    let p = product_by_slug(&st.db, &slug).await?;
    sqlx::query(
        "INSERT OR IGNORE INTO wishlist (session_id, product_id, added_at) VALUES (?, ?, ?)",
    )
    .bind(shopper.id)
    .bind(p.id)
    .bind(rfc3339(st.clock.now()))
    .execute(&st.db)
    .await?;
    Ok(Json(load(&st, shopper.id).await?))
}

/// `DELETE /api/session/wishlist/{slug}`
async fn unwish(
    State(st): State<AppState>,
    shopper: Shopper,
    Path(slug): Path<String>,
) -> AppResult<Json<Session>> {
    let p = product_by_slug(&st.db, &slug).await?;
    sqlx::query("DELETE FROM wishlist WHERE session_id = ? AND product_id = ?")
        .bind(shopper.id)
        .bind(p.id)
        .execute(&st.db)
        .await?;
    Ok(Json(load(&st, shopper.id).await?))
}

/// `POST /api/session/viewed/{slug}`: remembers a product view (the newest few are kept).
async fn viewed(
    State(st): State<AppState>,
    shopper: ShopperOrNew,
    Path(slug): Path<String>,
) -> AppResult<Json<Vec<String>>> {
    let p = product_by_slug(&st.db, &slug).await?;
    sqlx::query(
        "INSERT INTO recently_viewed (session_id, product_id, viewed_at) VALUES (?, ?, ?)
         ON CONFLICT (session_id, product_id) DO UPDATE SET viewed_at = excluded.viewed_at",
    )
    .bind(shopper.id)
    .bind(p.id)
    .bind(rfc3339(st.clock.now()))
    .execute(&st.db)
    .await?;
    sqlx::query(
        "DELETE FROM recently_viewed WHERE session_id = ?1 AND product_id NOT IN
         (SELECT product_id FROM recently_viewed WHERE session_id = ?1 ORDER BY viewed_at DESC LIMIT ?2)",
    )
    .bind(shopper.id)
    .bind(RECENT_LIMIT)
    .execute(&st.db)
    .await?;
    Ok(Json(recently_viewed(&st.db, shopper.id).await?))
}

/// `DELETE /api/session`: erases the shopper and everything attached. Open holds are
/// released and booked try-on places freed first, so erasure never strands stock.
async fn erase(State(st): State<AppState>, shopper: Shopper) -> AppResult<impl IntoResponse> {
    let now = rfc3339(st.clock.now());
    let mut tx = crate::db::begin_write(&st.db).await?;
    let open: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, store_id FROM reservations WHERE session_id = ? AND status IN ('held', 'ready')",
    )
    .bind(shopper.id)
    .fetch_all(&mut *tx)
    .await?;
    let mut changes = vec![];
    for (id, store) in open {
        changes
            .extend(crate::routes::reservations::release(&mut tx, &id, &store, false, &now).await?);
    }
    sqlx::query(
        "UPDATE slot_bookings SET booked = booked - 1 WHERE EXISTS (
             SELECT 1 FROM appointments a WHERE a.session_id = ? AND a.status = 'booked'
             AND a.store_id = slot_bookings.store_id AND a.starts_at = slot_bookings.starts_at)",
    )
    .bind(shopper.id)
    .execute(&mut *tx)
    .await?;
    // Everything else hangs off the session with ON DELETE CASCADE.
    sqlx::query("DELETE FROM sessions WHERE id = ?")
        .bind(shopper.id)
        .execute(&mut *tx)
        .await?;
    st.stock.commit(tx, changes).await?;
    Ok((
        [(
            SET_COOKIE,
            set_cookie(SESSION_COOKIE, "", 0, st.settings.secure_cookies),
        )],
        Json(serde_json::json!({ "erased": true })),
    ))
}
