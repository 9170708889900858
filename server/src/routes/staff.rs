//! Staff sign-in: one store per account, a session cookie separate from the shopper's.

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Duration;
use tandem_api::paths::STAFF_COOKIE;
use tandem_api::{StaffLogin, StaffMe};

use crate::auth::{cookie, hash_secret, new_secret, set_cookie, StaffMember};
use crate::clock::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::ApiJson;
use crate::state::AppState;

/// A staff session lasts one long shift.
pub const STAFF_SESSION_HOURS: i64 = 12;

/// Staff session routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/login", post(login))
        .route("/staff/logout", post(logout))
        .route("/staff/me", get(me))
}

/// `POST /api/staff/login`
async fn login(
    State(st): State<AppState>,
    ApiJson(body): ApiJson<StaffLogin>,
) -> AppResult<impl IntoResponse> {
    let username = body.username.trim().to_lowercase();
    if username.is_empty() {
        return Err(AppError::invalid("username", "Enter your username."));
    }
    if body.password.is_empty() {
        return Err(AppError::invalid("password", "Enter your password."));
    }
    let row: Option<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, display_name, store_id, password_hash FROM staff WHERE username = ?",
    )
    .bind(&username)
    .fetch_optional(&st.db)
    .await?;
    // Verify off the async threads: argon2 is deliberately slow.
    let password = body.password.clone();
    let stored = row.as_ref().map(|r| r.3.clone());
    let ok = tokio::task::spawn_blocking(move || {
        stored.is_some_and(|h| {
            PasswordHash::new(&h).is_ok_and(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
        })
    })
    .await
    .map_err(AppError::internal)?;
    let Some((id, display_name, store_id, _)) = row.filter(|_| ok) else {
        return Err(AppError::unauthorized(
            "That username and password do not match.",
        ));
    };
    let now = st.clock.now();
    let expires = now + Duration::hours(STAFF_SESSION_HOURS);
    let secret = new_secret();
    sqlx::query("INSERT INTO staff_sessions (secret_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
        .bind(hash_secret(&secret))
        .bind(id)
        .bind(rfc3339(now))
        .bind(rfc3339(expires))
        .execute(&st.db)
        .await?;
    let cookie = set_cookie(
        STAFF_COOKIE,
        &secret,
        STAFF_SESSION_HOURS * 3600,
        st.settings.secure_cookies,
    );
    Ok((
        [(SET_COOKIE, cookie)],
        Json(StaffMe {
            username,
            display_name,
            store_id,
            expires_at: rfc3339(expires),
        }),
    ))
}

/// `POST /api/staff/logout`: ends the session server-side and clears the cookie.
async fn logout(State(st): State<AppState>, headers: HeaderMap) -> AppResult<impl IntoResponse> {
    if let Some(secret) = cookie(&headers, STAFF_COOKIE) {
        sqlx::query("DELETE FROM staff_sessions WHERE secret_hash = ?")
            .bind(hash_secret(&secret))
            .execute(&st.db)
            .await?;
    }
    Ok((
        [(
            SET_COOKIE,
            set_cookie(STAFF_COOKIE, "", 0, st.settings.secure_cookies),
        )],
        Json(serde_json::json!({})),
    ))
}

/// `GET /api/staff/me`
async fn me(staff: StaffMember) -> Json<StaffMe> {
    Json(StaffMe {
        username: staff.username,
        display_name: staff.display_name,
        store_id: staff.store_id,
        expires_at: staff.expires_at,
    })
}
