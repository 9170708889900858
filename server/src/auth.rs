//! Credentials: the shopper's session cookie and the staff session cookie.
//!
//! Secrets are 256 random bits sent only in HttpOnly, SameSite cookies and stored only as
//! SHA-256 hashes, so a database leak reveals no usable credential.

use std::sync::{Arc, Mutex};

use axum::extract::{FromRef, FromRequestParts, OptionalFromRequestParts, Request, State};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use chrono::Duration;
use rand::RngCore;
use sha2::{Digest, Sha256};
use tandem_api::paths::{SESSION_COOKIE, STAFF_COOKIE};

use crate::clock::rfc3339;
use crate::error::AppError;
use crate::state::AppState;

/// How long a counter code on the visit pass stays valid.
pub const COUNTER_CODE_HOURS: i64 = 24;
/// Unambiguous characters for codes people read aloud or type (no 0/O, 1/I/L).
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A new random secret, hex-encoded.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The stored form of a secret.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// A random code of `len` characters from [`CODE_ALPHABET`], grouped by four with dashes.
pub fn new_code(len: usize) -> String {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    let mut s = String::with_capacity(len + len / 4);
    for i in 0..len {
        if i > 0 && i % 4 == 0 {
            s.push('-');
        }
        s.push(CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char);
    }
    s
}

/// Normalises a typed code: upper case, dashes and spaces dropped, then regrouped.
pub fn normalise_code(input: &str) -> String {
    let raw: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut s = String::with_capacity(raw.len() + 2);
    for (i, c) in raw.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            s.push('-');
        }
        s.push(c);
    }
    s
}

/// The value of cookie `name` in the request, if any.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == name && !v.is_empty()).then(|| v.to_string())
        })
}

/// A `Set-Cookie` value; `max_age` 0 deletes the cookie.
pub fn set_cookie(name: &str, value: &str, max_age_s: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_s}{secure}"
    ))
    .expect("cookie is ASCII")
}

/// Per-request session state: the session the cookie names, or one created during the request.
#[derive(Clone, Default)]
pub struct SessionSlot {
    existing: Option<i64>,
    created: Arc<Mutex<Option<(i64, String)>>>,
}

/// Middleware: resolves the shopper cookie before handlers and sets the cookie after, when a
/// handler had to create the session.
pub async fn session_layer(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let mut slot = SessionSlot::default();
    if let Some(secret) = cookie(req.headers(), SESSION_COOKIE) {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM sessions WHERE secret_hash = ?")
            .bind(hash_secret(&secret))
            .fetch_optional(&st.db)
            .await
            .unwrap_or(None);
        slot.existing = id;
    }
    req.extensions_mut().insert(slot.clone());
    let mut res = next.run(req).await;
    let created = slot.created.lock().expect("slot lock").take();
    if let Some((_, secret)) = created {
        res.headers_mut().append(
            SET_COOKIE,
            set_cookie(
                SESSION_COOKIE,
                &secret,
                400 * 24 * 3600,
                st.settings.secure_cookies,
            ),
        );
    }
    res
}

/// The shopper making the request; rejects with 401 when there is no session.
#[derive(Clone, Copy, Debug)]
pub struct Shopper {
    /// Session row id.
    pub id: i64,
}

/// The shopper making the request, with a new anonymous session created if they have none.
#[derive(Clone, Copy, Debug)]
pub struct ShopperOrNew {
    /// Session row id.
    pub id: i64,
}

fn slot(parts: &Parts) -> SessionSlot {
    parts
        .extensions
        .get::<SessionSlot>()
        .cloned()
        .unwrap_or_default()
}

impl<S> FromRequestParts<S> for Shopper
where
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let s = slot(parts);
        let created = s.created.lock().expect("slot lock").as_ref().map(|c| c.0);
        s.existing
            .or(created)
            .map(|id| Shopper { id })
            .ok_or_else(|| {
                AppError::unauthorized(
                    "There is no shopper session. Open the shop first, then try again.",
                )
            })
    }
}

impl<S> OptionalFromRequestParts<S> for Shopper
where
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(
            <Shopper as FromRequestParts<S>>::from_request_parts(parts, state)
                .await
                .ok(),
        )
    }
}

impl<S> FromRequestParts<S> for ShopperOrNew
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let s = slot(parts);
        if let Some(id) = s.existing {
            return Ok(ShopperOrNew { id });
        }
        if let Some((id, _)) = s.created.lock().expect("slot lock").as_ref() {
            return Ok(ShopperOrNew { id: *id });
        }
        let st = AppState::from_ref(state);
        let (id, secret) = create_session(&st).await?;
        *s.created.lock().expect("slot lock") = Some((id, secret));
        Ok(ShopperOrNew { id })
    }
}

/// Creates an anonymous session with a fresh counter code; returns its id and secret.
pub async fn create_session(st: &AppState) -> Result<(i64, String), AppError> {
    let now = st.clock.now();
    let secret = new_secret();
    // Codes are unique; on the rare collision, draw again.
    for _ in 0..5 {
        let res = sqlx::query_scalar::<_, i64>(
            "INSERT INTO sessions (secret_hash, created_at, last_seen_at, counter_code, counter_code_expires_at)
             VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(hash_secret(&secret))
        .bind(rfc3339(now))
        .bind(rfc3339(now))
        .bind(new_code(8))
        .bind(rfc3339(now + Duration::hours(COUNTER_CODE_HOURS)))
        .fetch_one(&st.db)
        .await;
        match res {
            Ok(id) => return Ok((id, secret)),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::internal("could not draw a unique counter code"))
}

/// A signed-in staff member.
#[derive(Clone, Debug)]
pub struct StaffMember {
    /// Staff row id.
    pub id: i64,
    /// Username.
    pub username: String,
    /// Display name.
    pub display_name: String,
    /// The store they act for.
    pub store_id: String,
    /// The session's hash (the rate limiter's key).
    pub session_hash: String,
    /// When the staff session ends.
    pub expires_at: String,
}

impl<S> FromRequestParts<S> for StaffMember
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let st = AppState::from_ref(state);
        let secret = cookie(&parts.headers, STAFF_COOKIE)
            .ok_or_else(|| AppError::unauthorized("Staff sign-in is needed for this."))?;
        let hash = hash_secret(&secret);
        let row: Option<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT s.id, s.username, s.display_name, s.store_id, ss.expires_at
             FROM staff_sessions ss JOIN staff s ON s.id = ss.staff_id
             WHERE ss.secret_hash = ? AND ss.expires_at > ?",
        )
        .bind(&hash)
        .bind(rfc3339(st.clock.now()))
        .fetch_optional(&st.db)
        .await?;
        let (id, username, display_name, store_id, expires_at) = row.ok_or_else(|| {
            AppError::unauthorized("Your staff sign-in has expired. Please sign in again.")
        })?;
        Ok(StaffMember {
            id,
            username,
            display_name,
            store_id,
            session_hash: hash,
            expires_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_the_unambiguous_alphabet_in_groups() {
        let c = new_code(8);
        assert_eq!(c.len(), 9);
        assert_eq!(&c[4..5], "-");
        assert!(c
            .chars()
            .filter(|c| *c != '-')
            .all(|ch| CODE_ALPHABET.contains(&(ch as u8))));
        assert_eq!(normalise_code(" k7qm 3xpd "), "K7QM-3XPD");
        assert_eq!(normalise_code("k7qm-3xpd"), "K7QM-3XPD");
    }

    #[test]
    fn secrets_are_long_and_hashed() {
        let s = new_secret();
        assert_eq!(s.len(), 64);
        assert_ne!(hash_secret(&s), s);
        assert_eq!(hash_secret(&s), hash_secret(&s));
    }

    #[test]
    fn reads_cookie_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            COOKIE,
            HeaderValue::from_static("a=1; tandem_session=abc; b=2"),
        );
        assert_eq!(cookie(&h, "tandem_session").as_deref(), Some("abc"));
        assert_eq!(cookie(&h, "tandem_staff"), None);
    }
}

/// The client's address when the server knows it (absent in in-process tests).
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub Option<std::net::IpAddr>);

impl<S> FromRequestParts<S> for ClientAddr
where
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let info = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>();
        Ok(ClientAddr(info.map(|c| c.0.ip())))
    }
}
