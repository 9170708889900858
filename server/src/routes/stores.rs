//! Stores: the list with today's hours in each store's own zone.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{FromRow, SqlitePool};
use tandem_api::{Closure, DayHours, Localized, Store, StoreKind, StoreToday};

use crate::error::{AppError, AppResult};
use crate::hours::{parse_hhmm, Schedule};
use crate::state::AppState;

/// Store routes.
pub fn router() -> Router<AppState> {
    Router::new().route("/stores", get(list))
}

#[derive(FromRow)]
struct StoreRow {
    id: String,
    name_en: String,
    name_ko: String,
    kind: String,
    address_en: String,
    address_ko: String,
    city_en: String,
    city_ko: String,
    lat: f64,
    lng: f64,
    time_zone: String,
    fitting_rooms: i64,
    pickup_lead_minutes: i64,
    hold_hours: i64,
}

/// A store with its parsed schedule.
#[derive(Clone, Debug)]
pub struct StoreInfo {
    /// The API shape (with `today` computed at load time).
    pub store: Store,
    /// Hours and closures in the store's zone.
    pub schedule: Schedule,
}

fn kind(s: &str) -> StoreKind {
    match s {
        "flagship" => StoreKind::Flagship,
        "experience" => StoreKind::Experience,
        "department" => StoreKind::Department,
        "pop_up" => StoreKind::PopUp,
        _ => StoreKind::Standard,
    }
}

/// Every store in display order, with `today` as of `now`.
pub async fn load_all(db: &SqlitePool, now: DateTime<Utc>) -> AppResult<Vec<StoreInfo>> {
    let rows: Vec<StoreRow> = sqlx::query_as("SELECT * FROM stores ORDER BY position")
        .fetch_all(db)
        .await?;
    let hours: Vec<(String, i64, String, String)> = sqlx::query_as(
        "SELECT store_id, weekday, opens, closes FROM store_hours ORDER BY store_id, weekday",
    )
    .fetch_all(db)
    .await?;
    let closures: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT store_id, date, reason_en, reason_ko FROM store_closures ORDER BY date",
    )
    .fetch_all(db)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let tz: chrono_tz::Tz = r.time_zone.parse().map_err(|_| {
            AppError::internal(format!("store {} has unknown zone {}", r.id, r.time_zone))
        })?;
        let day_hours: Vec<DayHours> = hours
            .iter()
            .filter(|h| h.0 == r.id)
            .map(|h| DayHours {
                weekday: h.1 as u8,
                opens: h.2.clone(),
                closes: h.3.clone(),
            })
            .collect();
        let store_closures: Vec<Closure> = closures
            .iter()
            .filter(|c| c.0 == r.id)
            .map(|c| Closure {
                date: c.1.clone(),
                reason: Localized::new(&c.2, &c.3),
            })
            .collect();
        let schedule = Schedule {
            tz,
            hours: day_hours
                .iter()
                .filter_map(|h| Some((h.weekday, parse_hhmm(&h.opens)?, parse_hhmm(&h.closes)?)))
                .collect(),
            closures: store_closures
                .iter()
                .filter_map(|c| NaiveDate::parse_from_str(&c.date, "%Y-%m-%d").ok())
                .collect(),
        };
        let today_date = schedule.local_date(now);
        let today_hours = schedule.hours_on(today_date);
        let today = StoreToday {
            date: today_date.to_string(),
            opens: today_hours.map(|(o, _)| o.format("%H:%M").to_string()),
            closes: today_hours.map(|(_, c)| c.format("%H:%M").to_string()),
            open_now: schedule.is_open(now),
            zone_abbreviation: schedule.abbreviation(now),
        };
        let today_str = today_date.to_string();
        out.push(StoreInfo {
            store: Store {
                id: r.id,
                name: Localized::new(r.name_en, r.name_ko),
                kind: kind(&r.kind),
                address: Localized::new(r.address_en, r.address_ko),
                city: Localized::new(r.city_en, r.city_ko),
                lat: r.lat,
                lng: r.lng,
                time_zone: r.time_zone,
                hours: day_hours,
                // Past closures are of no use to anyone.
                closures: store_closures
                    .into_iter()
                    .filter(|c| c.date >= today_str)
                    .collect(),
                fitting_rooms: r.fitting_rooms as u32,
                pickup_lead_minutes: r.pickup_lead_minutes as u32,
                hold_hours: r.hold_hours as u32,
                today,
            },
            schedule,
        });
    }
    Ok(out)
}

/// One store by id, or a 404.
pub async fn load_one(db: &SqlitePool, id: &str, now: DateTime<Utc>) -> AppResult<StoreInfo> {
    load_all(db, now)
        .await?
        .into_iter()
        .find(|s| s.store.id == id)
        .ok_or_else(|| AppError::not_found(format!("There is no store “{id}”.")))
}

/// `GET /api/stores`
async fn list(State(st): State<AppState>) -> AppResult<Json<Vec<Store>>> {
    let now = st.clock.now();
    Ok(Json(
        load_all(&st.db, now)
            .await?
            .into_iter()
            .map(|s| s.store)
            .collect(),
    ))
}
