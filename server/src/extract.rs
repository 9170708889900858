//! Request guards that answer in our JSON error shape.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use tandem_api::codes;

use crate::error::AppError;

/// `Json<T>` whose rejections are JSON errors naming what is wrong.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Self(v)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(unsupported()),
            Err(JsonRejection::JsonDataError(e)) => Err(AppError::new(
                StatusCode::BAD_REQUEST,
                codes::INVALID_INPUT,
                format!("The request body does not fit: {}", e.body_text()),
            )),
            Err(e) => Err(AppError::new(
                StatusCode::BAD_REQUEST,
                codes::INVALID_INPUT,
                format!("The request body is not valid JSON: {}", e.body_text()),
            )),
        }
    }
}

fn unsupported() -> AppError {
    AppError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        codes::UNSUPPORTED_MEDIA_TYPE,
        "Send requests that change anything with Content-Type: application/json.",
    )
}

/// CSRF defence: a cross-site form cannot send `application/json` without a CORS preflight,
/// so every request that changes something must carry that content type, body or not.
pub async fn require_json(req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        });
    if safe || json {
        next.run(req).await
    } else {
        unsupported().into_response()
    }
}
