//! One module of handlers per resource; `api()` merges them under `/api`.

use axum::Router;

use crate::state::AppState;

pub mod appointments;
pub mod catalog;
pub mod counter;
pub mod reservations;
pub mod session;
pub mod staff;
pub mod stock;
pub mod stores;

/// Every API route, relative to `/api`.
pub fn api() -> Router<AppState> {
    Router::new()
        .merge(catalog::router())
        .merge(stores::router())
        .merge(stock::router())
        .merge(reservations::router())
        .merge(appointments::router())
        .merge(session::router())
        .merge(staff::router())
        .merge(counter::router())
}
