//! The server's clock: the system's, or a settable one so tests can move time (hold expiry,
//! slot notice) without sleeping.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, SubsecRound, Utc};

/// Where "now" comes from.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    manual: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self { manual: None }
    }

    /// A clock that stands still at `at` until moved.
    pub fn manual(at: DateTime<Utc>) -> Self {
        Self {
            manual: Some(Arc::new(Mutex::new(at))),
        }
    }

    /// The current instant, to the second (what we store and compare).
    pub fn now(&self) -> DateTime<Utc> {
        match &self.manual {
            Some(m) => *m.lock().expect("clock lock"),
            None => Utc::now().trunc_subsecs(0),
        }
    }

    /// Moves a manual clock forward; no effect on the system clock.
    pub fn advance(&self, by: Duration) {
        if let Some(m) = &self.manual {
            *m.lock().expect("clock lock") += by;
        }
    }

    /// Sets a manual clock; no effect on the system clock.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(m) = &self.manual {
            *m.lock().expect("clock lock") = at;
        }
    }
}

/// RFC 3339 in UTC with a `Z`, the one format stored and sent.
pub fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Parses what [`rfc3339`] writes (and any RFC 3339 offset).
pub fn parse_rfc3339(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}
