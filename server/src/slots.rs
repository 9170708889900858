//! Try-on slots: which 30-minute starts a store offers on one of its local dates, how many
//! places each has left, and the next free ones when a shopper's choice is full.
//!
//! Slot starts come from [`Schedule::slot_starts`], so opening hours, closures and DST are
//! decided in one place; this module adds the booking window (minimum notice, days ahead)
//! and the places already taken in `slot_bookings`.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use sqlx::SqliteConnection;
use tandem_api::Slot;

use crate::clock::{parse_rfc3339, rfc3339};
use crate::error::{AppError, AppResult};
use crate::hours::{local_to_utc, Schedule, SLOT_MINUTES};
use crate::routes::stores::StoreInfo;
use crate::state::Settings;

/// The dates and instants a shopper may book at one store, as of one "now".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// The store's local date today.
    pub first: NaiveDate,
    /// The last bookable local date (today + booking days − 1).
    pub last: NaiveDate,
    /// The earliest bookable slot start (now + minimum notice).
    pub earliest: DateTime<Utc>,
}

impl Window {
    /// The window of a store with `schedule` at `now`.
    pub fn new(schedule: &Schedule, now: DateTime<Utc>, settings: &Settings) -> Self {
        let first = schedule.local_date(now);
        Self {
            first,
            last: first + Duration::days(settings.booking_days.max(1) - 1),
            earliest: now + Duration::minutes(settings.min_notice_minutes),
        }
    }

    /// Whether `date` is a bookable local date.
    pub fn contains(&self, date: NaiveDate) -> bool {
        date >= self.first && date <= self.last
    }
}

/// Slot starts offered on a local date: the schedule's starts from the earliest bookable
/// instant on; none outside the window.
pub fn offered(
    schedule: &Schedule,
    date: NaiveDate,
    window: &Window,
) -> Vec<(DateTime<Utc>, NaiveTime)> {
    if !window.contains(date) {
        return vec![];
    }
    schedule
        .slot_starts(date)
        .into_iter()
        .filter(|(start, _)| *start >= window.earliest)
        .collect()
}

/// Parses the `date` query value and checks it is inside the window (400 naming `date`).
pub fn parse_date(value: Option<&str>, window: &Window, days: i64) -> AppResult<NaiveDate> {
    let raw = value.map(str::trim).unwrap_or("");
    if raw.is_empty() {
        return Err(AppError::invalid("date", "Give a date as YYYY-MM-DD."));
    }
    let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .ok()
        .filter(|_| raw.len() == 10)
        .ok_or_else(|| {
            AppError::invalid("date", format!("“{raw}” is not a date: use YYYY-MM-DD."))
        })?;
    if date < window.first {
        return Err(AppError::invalid(
            "date",
            format!(
                "{date} has passed at this store; the first bookable date is {}.",
                window.first
            ),
        ));
    }
    if date > window.last {
        return Err(AppError::invalid(
            "date",
            format!(
                "Try-ons can be booked up to {days} days ahead; the last bookable date is {}.",
                window.last
            ),
        ));
    }
    Ok(date)
}

/// Checks a requested slot start: RFC 3339, not past, not too soon, not too far ahead, and
/// exactly one of the starts the store offers that local day (400 naming `start`).
pub fn check_start(
    store: &StoreInfo,
    raw: &str,
    now: DateTime<Utc>,
    settings: &Settings,
) -> AppResult<DateTime<Utc>> {
    let start = parse_rfc3339(raw.trim()).ok_or_else(|| {
        AppError::invalid(
            "start",
            "start must be an RFC 3339 time, e.g. 2026-12-05T05:00:00Z.",
        )
    })?;
    let schedule = &store.schedule;
    let window = Window::new(schedule, now, settings);
    if start <= now {
        return Err(AppError::invalid(
            "start",
            "That time has already passed. Choose a later slot.",
        ));
    }
    if start < window.earliest {
        return Err(AppError::invalid(
            "start",
            format!(
                "That slot is too soon: try-ons need at least {} minutes’ notice. Choose a later slot.",
                settings.min_notice_minutes
            ),
        ));
    }
    let date = schedule.local_date(start);
    if !window.contains(date) {
        return Err(AppError::invalid(
            "start",
            format!(
                "Try-ons can be booked up to {} days ahead; the last bookable date is {}.",
                settings.booking_days, window.last
            ),
        ));
    }
    if schedule.hours_on(date).is_none() {
        return Err(AppError::invalid(
            "start",
            format!("The store is closed on {date}."),
        ));
    }
    if !schedule.slot_starts(date).iter().any(|(s, _)| *s == start) {
        let local = start.with_timezone(&schedule.tz).format("%H:%M");
        return Err(AppError::invalid(
            "start",
            format!(
                "{local} is not a try-on slot: slots are {SLOT_MINUTES} minutes long, start on the \
                 hour or half hour and lie within opening hours."
            ),
        ));
    }
    Ok(start)
}

/// Places taken per slot start (RFC 3339) in `[from, to)`: (capacity, booked).
pub async fn bookings(
    conn: &mut SqliteConnection,
    store_id: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<HashMap<String, (i64, i64)>, sqlx::Error> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT starts_at, capacity, booked FROM slot_bookings
         WHERE store_id = ? AND starts_at >= ? AND starts_at < ?",
    )
    .bind(store_id)
    .bind(rfc3339(from))
    .bind(rfc3339(to))
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(s, c, b)| (s, (c, b))).collect())
}

/// The API slot for a start, with places left from `taken` (a row's capacity wins over
/// today's fitting rooms: it is what the booking check enforces).
pub fn slot(
    start: DateTime<Utc>,
    local: NaiveTime,
    fitting_rooms: u32,
    taken: &HashMap<String, (i64, i64)>,
) -> Slot {
    let key = rfc3339(start);
    let (capacity, booked) = taken
        .get(&key)
        .copied()
        .unwrap_or((i64::from(fitting_rooms), 0));
    Slot {
        end: rfc3339(start + Duration::minutes(SLOT_MINUTES)),
        start: key,
        local_start: local.format("%H:%M").to_string(),
        capacity: capacity.max(0) as u32,
        remaining: (capacity - booked).max(0) as u32,
    }
}

/// Every offered slot of a local date with places left counted.
pub async fn day(
    conn: &mut SqliteConnection,
    store: &StoreInfo,
    date: NaiveDate,
    window: &Window,
) -> Result<Vec<Slot>, sqlx::Error> {
    let starts = offered(&store.schedule, date, window);
    let (Some(first), Some(last)) = (starts.first(), starts.last()) else {
        return Ok(vec![]);
    };
    let taken = bookings(
        conn,
        &store.store.id,
        first.0,
        last.0 + Duration::seconds(1),
    )
    .await?;
    Ok(starts
        .into_iter()
        .map(|(s, l)| slot(s, l, store.store.fitting_rooms, &taken))
        .collect())
}

/// Up to `limit` slots with places left that start after `after`, through the window's last
/// date: what a shopper whose slot just filled can take instead.
pub async fn next_free(
    conn: &mut SqliteConnection,
    store: &StoreInfo,
    after: DateTime<Utc>,
    window: &Window,
    limit: usize,
) -> Result<Vec<Slot>, sqlx::Error> {
    let schedule = &store.schedule;
    let mut date = schedule.local_date(after).max(window.first);
    let mut candidates = Vec::new();
    while date <= window.last {
        candidates.extend(
            offered(schedule, date, window)
                .into_iter()
                .filter(|(s, _)| *s > after),
        );
        date += Duration::days(1);
    }
    let (Some(first), Some(last)) = (candidates.first(), candidates.last()) else {
        return Ok(vec![]);
    };
    let taken = bookings(
        conn,
        &store.store.id,
        first.0,
        last.0 + Duration::seconds(1),
    )
    .await?;
    Ok(candidates
        .into_iter()
        .map(|(s, l)| slot(s, l, store.store.fitting_rooms, &taken))
        .filter(|s| s.remaining > 0)
        .take(limit)
        .collect())
}

/// The zone's abbreviation on a local date (at noon, clear of any night-time DST change).
pub fn abbreviation_on(schedule: &Schedule, date: NaiveDate) -> String {
    let noon = NaiveTime::from_hms_opt(12, 0, 0).expect("noon exists");
    local_to_utc(schedule.tz, date, noon)
        .map(|at| schedule.abbreviation(at))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::parse_hhmm;

    fn schedule() -> Schedule {
        Schedule {
            tz: chrono_tz::Asia::Seoul,
            hours: (0..7)
                .map(|w| {
                    (
                        w,
                        parse_hhmm("10:30").unwrap(),
                        parse_hhmm("21:00").unwrap(),
                    )
                })
                .collect(),
            closures: vec![],
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        parse_rfc3339(s).unwrap()
    }

    #[test]
    fn window_spans_booking_days_in_the_store_zone() {
        // 23:30 UTC on the 3rd is already the 4th in Seoul.
        let w = Window::new(
            &schedule(),
            utc("2026-12-03T23:30:00Z"),
            &Settings::default(),
        );
        assert_eq!(w.first.to_string(), "2026-12-04");
        assert_eq!(w.last.to_string(), "2026-12-17");
        assert_eq!(w.earliest, utc("2026-12-04T00:30:00Z"));
    }

    #[test]
    fn offered_starts_respect_notice() {
        let s = schedule();
        // 12:00 KST: the first offer is 13:00 (one hour's notice).
        let w = Window::new(&s, utc("2026-12-04T03:00:00Z"), &Settings::default());
        let today = offered(&s, w.first, &w);
        assert_eq!(today[0].1, parse_hhmm("13:00").unwrap());
        assert!(offered(&s, w.last + Duration::days(1), &w).is_empty());
    }

    #[test]
    fn dates_must_be_well_formed_and_in_range() {
        let w = Window::new(
            &schedule(),
            utc("2026-12-04T03:00:00Z"),
            &Settings::default(),
        );
        assert!(parse_date(Some("2026-12-04"), &w, 14).is_ok());
        for bad in [
            None,
            Some(""),
            Some("2026-12-4"),
            Some("04/12/2026"),
            Some("2026-12-03"),
            Some("2026-12-18"),
        ] {
            let e = parse_date(bad, &w, 14).unwrap_err();
            assert!(e.body.fields.unwrap().contains_key("date"), "{bad:?}");
        }
    }
}
