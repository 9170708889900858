//! `Idempotency-Key`: a retried POST with the same key and body gets the original response
//! instead of acting twice. The look-up and the save happen inside the caller's write
//! transaction, so two concurrent retries cannot both act: the second waits for the first's
//! commit and then finds its response.

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::SqliteConnection;
use tandem_api::{codes, paths};

use crate::error::{AppError, AppResult};

/// Keys are kept at least this long.
pub const KEEP_HOURS: i64 = 48;

/// A request's key and fingerprint.
#[derive(Clone, Debug)]
pub struct Idempotency {
    key: Option<String>,
    fingerprint: String,
}

impl Idempotency {
    /// Reads the header and fingerprints the request (route + canonical body).
    pub fn from_request<B: Serialize>(
        headers: &HeaderMap,
        route: &str,
        body: &B,
    ) -> AppResult<Self> {
        let key = match headers.get(paths::IDEMPOTENCY_KEY) {
            None => None,
            Some(v) => {
                let k = v.to_str().unwrap_or("").trim().to_string();
                if k.is_empty() || k.len() > 100 || !k.chars().all(|c| c.is_ascii_graphic()) {
                    return Err(AppError::invalid(
                        "idempotency_key",
                        "Idempotency-Key must be 1 to 100 visible ASCII characters.",
                    ));
                }
                Some(k)
            }
        };
        let canonical = serde_json::to_string(body).map_err(AppError::internal)?;
        let fingerprint = hex::encode(Sha256::digest(format!("{route}\n{canonical}").as_bytes()));
        Ok(Self { key, fingerprint })
    }

    /// The stored response for this key, if the request was seen before; 422 when the key
    /// was used for a different request.
    pub async fn replay(
        &self,
        conn: &mut SqliteConnection,
        session_id: i64,
    ) -> AppResult<Option<Response>> {
        let Some(key) = &self.key else {
            return Ok(None);
        };
        let row: Option<(String, i64, String)> = sqlx::query_as(
            "SELECT request_hash, status, response FROM idempotency_keys WHERE session_id = ? AND key = ?",
        )
        .bind(session_id)
        .bind(key)
        .fetch_optional(&mut *conn)
        .await?;
        let Some((hash, status, body)) = row else {
            return Ok(None);
        };
        if hash != self.fingerprint {
            return Err(AppError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                codes::IDEMPOTENCY_MISMATCH,
                "This Idempotency-Key was already used for a different request.",
            ));
        }
        let status = StatusCode::from_u16(status as u16).unwrap_or(StatusCode::OK);
        let value: serde_json::Value = serde_json::from_str(&body).map_err(AppError::internal)?;
        Ok(Some((status, Json(value)).into_response()))
    }

    /// Remembers the response (call in the same transaction as the effect).
    pub async fn save<T: Serialize>(
        &self,
        conn: &mut SqliteConnection,
        session_id: i64,
        status: StatusCode,
        body: &T,
        now: &str,
    ) -> AppResult<()> {
        let Some(key) = &self.key else { return Ok(()) };
        sqlx::query(
            "INSERT INTO idempotency_keys (session_id, key, request_hash, status, response, created_at)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(session_id)
        .bind(key)
        .bind(&self.fingerprint)
        .bind(i64::from(status.as_u16()))
        .bind(serde_json::to_string(body).map_err(AppError::internal)?)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

/// Forgets keys older than [`KEEP_HOURS`].
pub async fn purge(
    db: &sqlx::SqlitePool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<u64, sqlx::Error> {
    let cutoff = crate::clock::rfc3339(now - chrono::Duration::hours(KEEP_HOURS));
    Ok(
        sqlx::query("DELETE FROM idempotency_keys WHERE created_at < ?")
            .bind(cutoff)
            .execute(db)
            .await?
            .rows_affected(),
    )
}
