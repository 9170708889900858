//! Store hours in the store's own IANA time zone: today's hours, the next opening, try-on
//! slots. Everything is stored in UTC and converted here, so daylight-saving days are right.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Length of a try-on slot.
pub const SLOT_MINUTES: i64 = 30;

/// A store's weekly hours and closures, in local time.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    /// The store's zone.
    pub tz: Tz,
    /// (weekday 0 = Monday, opens, closes).
    pub hours: Vec<(u8, NaiveTime, NaiveTime)>,
    /// Local dates the store is closed.
    pub closures: Vec<NaiveDate>,
}

/// Parses `HH:MM`.
pub fn parse_hhmm(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s, "%H:%M").ok()
}

/// Resolves a local wall-clock time to an instant: `None` for a time skipped by a
/// spring-forward change; the earlier instant for a time repeated by a fall-back change.
pub fn local_to_utc(tz: Tz, date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&date.and_time(time)) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, _) => Some(a.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

impl Schedule {
    /// Opening and closing time on a local date, or `None` when closed that day.
    pub fn hours_on(&self, date: NaiveDate) -> Option<(NaiveTime, NaiveTime)> {
        if self.closures.contains(&date) {
            return None;
        }
        let wd = date.weekday().num_days_from_monday() as u8;
        self.hours
            .iter()
            .find(|(d, _, _)| *d == wd)
            .map(|(_, o, c)| (*o, *c))
    }

    /// The store's local date at an instant.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.tz).date_naive()
    }

    /// The opening interval (UTC) on a local date, if open.
    pub fn open_interval(&self, date: NaiveDate) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let (o, c) = self.hours_on(date)?;
        let open = local_to_utc(self.tz, date, o)?;
        let close = local_to_utc(self.tz, date, c)?;
        (close > open).then_some((open, close))
    }

    /// Whether the store is open at an instant.
    pub fn is_open(&self, at: DateTime<Utc>) -> bool {
        let date = self.local_date(at);
        self.open_interval(date)
            .is_some_and(|(o, c)| at >= o && at < c)
    }

    /// The earliest instant ≥ `at` + `lead` at which the store is open and `lead` minutes of
    /// preparation fit inside opening hours (preparation happens while open). `None` when the
    /// store has no opening in the next 30 days.
    pub fn ready_by(&self, at: DateTime<Utc>, lead: Duration) -> Option<DateTime<Utc>> {
        let first = self.local_date(at);
        for day in 0..30 {
            let date = first + Duration::days(day);
            let Some((open, close)) = self.open_interval(date) else {
                continue;
            };
            let start = at.max(open);
            if start + lead <= close {
                return Some(start + lead);
            }
        }
        None
    }

    /// The zone's abbreviation at an instant (e.g. `KST`, `CET`, `CEST`).
    pub fn abbreviation(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.tz).format("%Z").to_string()
    }

    /// Try-on slot starts (UTC) on a local date: every 30 minutes from opening until the last
    /// one that ends by closing; wall-clock times skipped by a DST change are left out and
    /// repeated ones appear once.
    pub fn slot_starts(&self, date: NaiveDate) -> Vec<(DateTime<Utc>, NaiveTime)> {
        let Some((opens, closes)) = self.hours_on(date) else {
            return vec![];
        };
        let mut out: Vec<(DateTime<Utc>, NaiveTime)> = Vec::new();
        let mut t = opens;
        while t + Duration::minutes(SLOT_MINUTES) <= closes && t >= opens {
            if let Some(start) = local_to_utc(self.tz, date, t) {
                if out.last().is_none_or(|(prev, _)| *prev < start) {
                    out.push((start, t));
                }
            }
            let next = t + Duration::minutes(SLOT_MINUTES);
            if next <= t {
                break; // wrapped past midnight
            }
            t = next;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveTime {
        parse_hhmm(s).unwrap()
    }
    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn seoul_daily() -> Schedule {
        Schedule {
            tz: chrono_tz::Asia::Seoul,
            hours: (0..7).map(|w| (w, t("10:30"), t("21:00"))).collect(),
            closures: vec![d("2027-01-01")],
        }
    }

    #[test]
    fn slots_fill_opening_hours() {
        let s = seoul_daily();
        let slots = s.slot_starts(d("2026-12-04"));
        assert_eq!(slots.len(), 21); // 10:30 … 20:30
        assert_eq!(slots[0].0, utc("2026-12-04T01:30:00Z"));
        assert_eq!(slots.last().unwrap().1, t("20:30"));
        assert!(s.slot_starts(d("2027-01-01")).is_empty(), "closure");
    }

    #[test]
    fn ready_by_waits_for_opening_and_fits_lead_time() {
        let s = seoul_daily();
        // 22:00 KST: closed → next morning 10:30 + 30 min.
        let r = s
            .ready_by(utc("2026-12-04T13:00:00Z"), Duration::minutes(30))
            .unwrap();
        assert_eq!(r, utc("2026-12-05T02:00:00Z"));
        // 20:45 KST: lead does not fit before 21:00 → next day.
        let r = s
            .ready_by(utc("2026-12-04T11:45:00Z"), Duration::minutes(30))
            .unwrap();
        assert_eq!(r, utc("2026-12-05T02:00:00Z"));
        // 12:00 KST open → 12:30.
        let r = s
            .ready_by(utc("2026-12-04T03:00:00Z"), Duration::minutes(30))
            .unwrap();
        assert_eq!(r, utc("2026-12-04T03:30:00Z"));
        // New Year closure skipped.
        let r = s
            .ready_by(utc("2026-12-31T13:00:00Z"), Duration::minutes(30))
            .unwrap();
        assert_eq!(r, utc("2027-01-02T02:00:00Z"));
    }

    #[test]
    fn open_now_and_abbreviation() {
        let s = seoul_daily();
        assert!(s.is_open(utc("2026-12-04T03:00:00Z")));
        assert!(!s.is_open(utc("2026-12-04T13:00:00Z")));
        assert_eq!(s.abbreviation(utc("2026-12-04T03:00:00Z")), "KST");
    }

    /// A late-night store in New York: the DST changes at 02:00 local fall inside its hours.
    fn new_york_night() -> Schedule {
        Schedule {
            tz: chrono_tz::America::New_York,
            hours: (0..7).map(|w| (w, t("00:00"), t("04:00"))).collect(),
            closures: vec![],
        }
    }

    #[test]
    fn spring_forward_skips_the_missing_hour() {
        let s = new_york_night();
        // 2027-03-14: 02:00 → 03:00. Local 02:00 and 02:30 do not exist.
        let slots = s.slot_starts(d("2027-03-14"));
        let locals: Vec<String> = slots
            .iter()
            .map(|(_, l)| l.format("%H:%M").to_string())
            .collect();
        assert_eq!(
            locals,
            ["00:00", "00:30", "01:00", "01:30", "03:00", "03:30"]
        );
        // Starts are strictly increasing and 30 min apart except across the gap (1:30 EST → 3:00 EDT = 30 min).
        for w in slots.windows(2) {
            assert_eq!(w[1].0 - w[0].0, Duration::minutes(30));
        }
    }

    #[test]
    fn fall_back_offers_each_wall_clock_slot_once() {
        let s = new_york_night();
        // 2027-11-07: 02:00 EDT → 01:00 EST; 01:00 and 01:30 happen twice.
        let slots = s.slot_starts(d("2027-11-07"));
        let locals: Vec<String> = slots
            .iter()
            .map(|(_, l)| l.format("%H:%M").to_string())
            .collect();
        assert_eq!(
            locals,
            ["00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30"]
        );
        let mut starts: Vec<_> = slots.iter().map(|(u, _)| *u).collect();
        starts.dedup();
        assert_eq!(starts.len(), 8, "no doubled slot");
        assert_eq!(
            slots[2].0,
            utc("2027-11-07T05:00:00Z"),
            "01:00 is the first (EDT) one"
        );
    }

    #[test]
    fn paris_slots_follow_its_own_offset_across_dst() {
        let s = Schedule {
            tz: chrono_tz::Europe::Paris,
            hours: (0..7).map(|w| (w, t("11:00"), t("19:00"))).collect(),
            closures: vec![],
        };
        // Winter (CET, UTC+1) and summer (CEST, UTC+2).
        assert_eq!(
            s.slot_starts(d("2027-03-27"))[0].0,
            utc("2027-03-27T10:00:00Z")
        );
        assert_eq!(
            s.slot_starts(d("2027-03-28"))[0].0,
            utc("2027-03-28T09:00:00Z")
        );
        assert_eq!(s.slot_starts(d("2027-03-28")).len(), 16);
        assert_eq!(s.abbreviation(utc("2027-03-28T12:00:00Z")), "CEST");
    }
}
