//! The shopper's own session: identity for reservations, appointments and the visit pass.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use tandem_api::Session;

use crate::auth::ShopperOrNew;
use crate::error::AppResult;
use crate::state::AppState;

/// Session routes.
pub fn router() -> Router<AppState> {
    Router::new().route("/session", get(me))
}

/// Loads the API view of session `id`.
pub async fn load(st: &AppState, id: i64) -> AppResult<Session> {
    let (display_name, phone, code, expires): (Option<String>, Option<String>, Option<String>, Option<String>) =
        sqlx::query_as(
            "SELECT display_name, phone, counter_code, counter_code_expires_at FROM sessions WHERE id = ?",
        )
        .bind(id)
        .fetch_one(&st.db)
        .await?;
    let wishlist: Vec<String> = sqlx::query_scalar(
        "SELECT p.slug FROM wishlist w JOIN products p ON p.id = w.product_id
         WHERE w.session_id = ? ORDER BY w.added_at DESC, p.slug",
    )
    .bind(id)
    .fetch_all(&st.db)
    .await?;
    let recently_viewed: Vec<String> = sqlx::query_scalar(
        "SELECT p.slug FROM recently_viewed r JOIN products p ON p.id = r.product_id
         WHERE r.session_id = ? ORDER BY r.viewed_at DESC, p.slug LIMIT 12",
    )
    .bind(id)
    .fetch_all(&st.db)
    .await?;
    Ok(Session {
        display_name,
        phone,
        counter_code: code.unwrap_or_default(),
        counter_code_expires_at: expires.unwrap_or_default(),
        wishlist,
        recently_viewed,
    })
}

/// `GET /api/session`: my session, created (with its cookie) on first call.
async fn me(State(st): State<AppState>, shopper: ShopperOrNew) -> AppResult<Json<Session>> {
    Ok(Json(load(&st, shopper.id).await?))
}
