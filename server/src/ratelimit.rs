//! Counts failures per key in a sliding window, for staff look-ups of pass codes.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

/// Failures allowed per key within [`WINDOW_MINUTES`].
pub const MAX_FAILURES: usize = 10;
/// The window failures are counted in.
pub const WINDOW_MINUTES: i64 = 10;

/// Failure times per key (a staff session or a client address).
#[derive(Default, Debug)]
pub struct Limiter {
    failures: Mutex<HashMap<String, Vec<DateTime<Utc>>>>,
}

impl Limiter {
    /// Seconds until `key` may try again, or `None` when it may now.
    pub fn blocked_for(&self, key: &str, now: DateTime<Utc>) -> Option<i64> {
        let mut map = self.failures.lock().expect("limiter lock");
        let times = map.get_mut(key)?;
        times.retain(|t| *t > now - Duration::minutes(WINDOW_MINUTES));
        if times.len() < MAX_FAILURES {
            return None;
        }
        let oldest = times.iter().min().copied()?;
        Some(
            (oldest + Duration::minutes(WINDOW_MINUTES) - now)
                .num_seconds()
                .max(1),
        )
    }

    /// Records a failure for `key`.
    pub fn fail(&self, key: &str, now: DateTime<Utc>) {
        let mut map = self.failures.lock().expect("limiter lock");
        // Bounded memory: forget keys whose failures have all aged out.
        if map.len() > 10_000 {
            map.retain(|_, v| {
                v.iter()
                    .any(|t| *t > now - Duration::minutes(WINDOW_MINUTES))
            });
        }
        map.entry(key.to_string()).or_default().push(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_max_failures_and_recovers() {
        let l = Limiter::default();
        let t0 = Utc::now();
        for _ in 0..MAX_FAILURES {
            assert_eq!(l.blocked_for("k", t0), None);
            l.fail("k", t0);
        }
        assert!(l.blocked_for("k", t0).unwrap() > 0);
        assert_eq!(l.blocked_for("other", t0), None);
        assert_eq!(
            l.blocked_for("k", t0 + Duration::minutes(WINDOW_MINUTES + 1)),
            None
        );
    }
}
