//! The API's paths, shared by the server's router and the web app's client.

/// Prefix of every API route.
pub const PREFIX: &str = "/api";
/// Header carrying a client-chosen key that makes a POST safe to retry.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// Cookie holding the shopper's session secret.
pub const SESSION_COOKIE: &str = "tandem_session";
/// Cookie holding a staff member's session secret.
pub const STAFF_COOKIE: &str = "tandem_staff";
/// SSE event name for stock changes.
pub const STOCK_EVENT: &str = "stock";
