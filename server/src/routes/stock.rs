//! Stock: per-store availability, the live stream (SSE), and staff adjustments.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::Stream;
use serde::Deserialize;
use tandem_api::{
    codes, paths, Availability, SkuStock, StockAdjust, StockEvent, StockLevel, StoreAvailability,
};
use tokio::sync::broadcast;

use crate::auth::StaffMember;
use crate::error::{AppError, AppResult};
use crate::extract::ApiJson;
use crate::routes::catalog::{product_by_slug, variants_of};
use crate::routes::stores::load_all;
use crate::state::AppState;
use crate::stock::{changes_since, last_seq, log_change, Change};

/// The largest single adjustment; anything bigger is a typo, not a delivery.
pub const MAX_ADJUST: i32 = 500;

/// Stock routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/products/{slug}/availability", get(availability))
        .route("/stock/stream", get(stream))
        .route("/staff/stock/adjust", post(adjust))
}

/// Query of the availability route; text so bad numbers get our own error.
#[derive(Deserialize, Debug)]
struct PositionQuery {
    lat: Option<String>,
    lng: Option<String>,
}

/// Parses an optional coordinate within ±`limit` degrees.
fn coordinate(value: Option<&str>, field: &str, limit: f64) -> AppResult<Option<f64>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && v.abs() <= limit)
            .map(Some)
            .ok_or_else(|| {
                AppError::invalid(
                    field,
                    format!("{field} must be a number from -{limit} to {limit}."),
                )
            }),
    }
}

/// Great-circle distance in metres (haversine).
pub fn distance_m(lat1: f64, lng1: f64, lat2: f64, lng2: f64) -> f64 {
    const R: f64 = 6_371_000.0;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lng2 - lng1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R * a.sqrt().asin()
}

/// `GET /api/products/{slug}/availability?lat=&lng=`
async fn availability(
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<PositionQuery>,
) -> AppResult<Json<Availability>> {
    let lat = coordinate(q.lat.as_deref(), "lat", 90.0)?;
    let lng = coordinate(q.lng.as_deref(), "lng", 180.0)?;
    let position = match (lat, lng) {
        (Some(a), Some(b)) => Some((a, b)),
        (None, None) => None,
        (None, Some(_)) => return Err(AppError::invalid("lat", "Give lat together with lng.")),
        (Some(_), None) => return Err(AppError::invalid("lng", "Give lng together with lat.")),
    };
    let product = product_by_slug(&st.db, &slug).await?;
    let variants = variants_of(&st.db, product.id).await?;
    let stores = load_all(&st.db, st.clock.now()).await?;
    // One read transaction: the sequence number and the stock are the same snapshot, so a
    // client joining the stream from `seq` misses nothing and double-counts nothing.
    let mut tx = st.db.begin().await?;
    let seq = last_seq(&mut tx).await?;
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT s.store_id, s.sku, s.on_hand - s.held FROM stock s JOIN variants v ON v.sku = s.sku
         WHERE v.product_id = ?",
    )
    .bind(product.id)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    let mut out: Vec<StoreAvailability> = stores
        .iter()
        .map(|s| StoreAvailability {
            store_id: s.store.id.clone(),
            distance_m: position
                .map(|(a, b)| distance_m(a, b, s.store.lat, s.store.lng).round() as u32),
            stock: variants
                .iter()
                .map(|v| SkuStock {
                    sku: v.sku.clone(),
                    available: rows
                        .iter()
                        .find(|r| r.0 == s.store.id && r.1 == v.sku)
                        .map_or(0, |r| r.2.max(0) as u32),
                })
                .collect(),
        })
        .collect();
    if position.is_some() {
        out.sort_by_key(|s| s.distance_m);
    }
    Ok(Json(Availability {
        product: product.slug,
        seq,
        stores: out,
    }))
}

#[derive(Deserialize, Debug)]
struct StreamQuery {
    product: Option<String>,
    /// For clients that cannot set the header on their first connection.
    last_event_id: Option<String>,
}

/// Where a stream stands: what it has sent and what it still owes.
struct Cursor {
    st: AppState,
    product_id: i64,
    last: i64,
    pending: VecDeque<StockEvent>,
    rx: broadcast::Receiver<Change>,
}

impl Cursor {
    /// The next event for this product, in sequence order, without duplicates.
    async fn next(&mut self) -> Option<StockEvent> {
        loop {
            if let Some(e) = self.pending.pop_front() {
                if e.seq > self.last {
                    self.last = e.seq;
                    return Some(e);
                }
                continue;
            }
            match self.rx.recv().await {
                Ok(c) if c.product_id == self.product_id => self.pending.push_back(c.event),
                Ok(_) => {}
                // Fell behind the hub: the log has everything, read it from where we are.
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    match changes_since(&self.st.db, self.product_id, self.last).await {
                        Ok(missed) => self.pending.extend(missed),
                        Err(e) => {
                            tracing::warn!(%e, "stream catch-up failed; closing so the client reconnects");
                            return None;
                        }
                    }
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    }
}

/// `GET /api/stock/stream?product={slug}`: Server-Sent Events, event `stock`, id = seq.
/// With `Last-Event-ID` (or `last_event_id=`) it first replays every change after that id.
async fn stream(
    State(st): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<StreamQuery>,
) -> AppResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    let slug = q.product.as_deref().map(str::trim).unwrap_or("");
    if slug.is_empty() {
        return Err(AppError::invalid(
            "product",
            "Name the product to watch: ?product={slug}.",
        ));
    }
    let product = product_by_slug(&st.db, slug).await?;
    let header_id = headers.get("last-event-id").and_then(|v| v.to_str().ok());
    let last = match header_id.or(q.last_event_id.as_deref()).map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(s.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
            AppError::invalid("last_event_id", "Last-Event-ID must be a sequence number.")
        })?),
    };
    // Subscribe before reading the log, so nothing committed in between is lost.
    let rx = st.stock.subscribe();
    let (last, pending) = match last {
        Some(after) => (
            after,
            changes_since(&st.db, product.id, after).await?.into(),
        ),
        None => {
            let mut conn = st.db.acquire().await?;
            (last_seq(&mut conn).await?, VecDeque::new())
        }
    };
    let cursor = Cursor {
        st: st.clone(),
        product_id: product.id,
        last,
        pending,
        rx,
    };
    // The first message only tells the browser how soon to reconnect after a drop.
    let hello = futures_util::stream::once(async {
        Ok(Event::default()
            .retry(Duration::from_secs(2))
            .comment("live"))
    });
    let events = futures_util::stream::unfold(cursor, |mut c| async move {
        let e = c.next().await?;
        let event = Event::default()
            .event(paths::STOCK_EVENT)
            .id(e.seq.to_string())
            .json_data(&e)
            .expect("stock event serialises");
        Some((Ok(event), c))
    });
    use futures_util::StreamExt;
    Ok(
        Sse::new(hello.chain(events))
            .keep_alive(KeepAlive::new().interval(Duration::from_secs(15))),
    )
}

/// `POST /api/staff/stock/adjust`: an in-store sale, restock or write-off at the staff's store.
async fn adjust(
    State(st): State<AppState>,
    staff: StaffMember,
    ApiJson(body): ApiJson<StockAdjust>,
) -> AppResult<Json<StockLevel>> {
    if body.delta == 0 {
        return Err(AppError::invalid("delta", "delta must not be zero."));
    }
    if body.delta.abs() > MAX_ADJUST {
        return Err(AppError::invalid(
            "delta",
            format!("delta must be between -{MAX_ADJUST} and {MAX_ADJUST}."),
        ));
    }
    let reason = body.reason.trim();
    if reason.is_empty() || reason.chars().count() > 64 {
        return Err(AppError::invalid(
            "reason",
            "Give a reason of 1 to 64 characters.",
        ));
    }
    let now = crate::clock::rfc3339(st.clock.now());
    let mut tx = crate::db::begin_write(&st.db).await?;
    let exists: Option<i64> =
        sqlx::query_scalar("SELECT on_hand FROM stock WHERE sku = ? AND store_id = ?")
            .bind(&body.sku)
            .bind(&staff.store_id)
            .fetch_optional(&mut *tx)
            .await?;
    if exists.is_none() {
        return Err(AppError::invalid(
            "sku",
            format!("There is no SKU “{}”.", body.sku),
        ));
    }
    // Conditional: on-hand may never fall below zero nor below what reservations hold.
    let changed = sqlx::query(
        "UPDATE stock SET on_hand = on_hand + ?1 WHERE sku = ?2 AND store_id = ?3 AND on_hand + ?1 >= held",
    )
    .bind(body.delta)
    .bind(&body.sku)
    .bind(&staff.store_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(AppError::conflict(
            codes::STOCK_CONFLICT,
            "That would leave fewer units on hand than exist or are held for reservations.",
        )
        .with_field("delta", "Too many units removed."));
    }
    let change = log_change(&mut tx, &body.sku, &staff.store_id, reason, &now).await?;
    let (on_hand, held): (i64, i64) =
        sqlx::query_as("SELECT on_hand, held FROM stock WHERE sku = ? AND store_id = ?")
            .bind(&body.sku)
            .bind(&staff.store_id)
            .fetch_one(&mut *tx)
            .await?;
    let seq = change.event.seq;
    st.stock.commit(tx, vec![change]).await?;
    Ok(Json(StockLevel {
        sku: body.sku,
        store_id: staff.store_id,
        on_hand: on_hand as u32,
        held: held as u32,
        available: (on_hand - held).max(0) as u32,
        seq,
    }))
}
