//! What every handler shares.

use std::path::PathBuf;
use std::sync::Arc;

use sqlx::SqlitePool;

use crate::clock::Clock;
use crate::stock::StockHub;

/// Settings fixed at start-up.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Mark cookies `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    /// The built web app to serve, if any.
    pub dist: Option<PathBuf>,
    /// Minimum minutes between booking and a try-on slot.
    pub min_notice_minutes: i64,
    /// How many days ahead try-ons can be booked.
    pub booking_days: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            dist: None,
            min_notice_minutes: 60,
            booking_days: 14,
        }
    }
}

/// Shared application state.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub db: SqlitePool,
    /// Where "now" comes from.
    pub clock: Clock,
    /// Fan-out of committed stock changes to live streams.
    pub stock: StockHub,
    /// Start-up settings.
    pub settings: Arc<Settings>,
    /// Failed staff look-ups, for rate limiting.
    pub limiter: Arc<crate::ratelimit::Limiter>,
}

impl AppState {
    /// State over an open database.
    pub fn new(db: SqlitePool, clock: Clock, settings: Settings) -> Self {
        Self {
            db,
            clock,
            stock: StockHub::new(),
            settings: Arc::new(settings),
            limiter: Arc::new(crate::ratelimit::Limiter::default()),
        }
    }
}
