//! Tandem's JSON API contract (v1).
//!
//! Every type the web app and the reference server exchange lives here, with no framework
//! dependencies, so it builds for the browser (wasm32) and for servers alike. A retail team
//! that puts Tandem in front of its own commerce backend implements these shapes.
//!
//! Conventions: money is integer minor units plus an ISO 4217 code; times are RFC 3339
//! strings in UTC; text shown to shoppers comes in both languages ([`Localized`]).

use serde::{Deserialize, Serialize};

pub mod paths;

/// Text in every language Tandem ships, so the app can switch language without refetching.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Localized {
    /// English.
    pub en: String,
    /// Korean.
    pub ko: String,
}

impl Localized {
    /// Builds a pair from two string slices.
    pub fn new(en: impl Into<String>, ko: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            ko: ko.into(),
        }
    }
}

/// An amount of money in minor units (KRW has none, so 39000 is ₩39,000).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    /// Minor units.
    pub amount: i64,
    /// ISO 4217 code, e.g. `KRW`.
    pub currency: String,
}

/// Every error the API returns: `{"code", "message", "fields"?}` with a 4xx/5xx status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// Stable, snake_case machine code (see [`codes`]).
    pub code: String,
    /// Words for people (English); the app shows its own translation by `code`.
    pub message: String,
    /// Per-field problems, field name → message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<std::collections::BTreeMap<String, String>>,
    /// Extra machine-readable detail for some codes (e.g. the next free slots for `slot_full`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<serde_json::Value>,
}

/// Error codes the API uses; clients may match on them.
pub mod codes {
    /// The route or the thing it names does not exist.
    pub const NOT_FOUND: &str = "not_found";
    /// A query or body value is malformed or out of range; `fields` names it.
    pub const INVALID_INPUT: &str = "invalid_input";
    /// Mutating requests must send `Content-Type: application/json`.
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "unsupported_media_type";
    /// No or an expired credential.
    pub const UNAUTHORIZED: &str = "unauthorized";
    /// A credential that may not do this (e.g. staff of another store).
    pub const FORBIDDEN: &str = "forbidden";
    /// Not enough stock available for a line; `fields` names it.
    pub const INSUFFICIENT_STOCK: &str = "insufficient_stock";
    /// A stock adjustment would take on-hand stock below what exists or is held.
    pub const STOCK_CONFLICT: &str = "stock_conflict";
    /// A status change that is not allowed from the current status.
    pub const INVALID_TRANSITION: &str = "invalid_transition";
    /// The try-on slot has no places left; `detail.next_free` lists alternatives.
    pub const SLOT_FULL: &str = "slot_full";
    /// The same Idempotency-Key was used with a different request.
    pub const IDEMPOTENCY_MISMATCH: &str = "idempotency_key_reused";
    /// Too many attempts; `detail.retry_after_s` says when to try again.
    pub const RATE_LIMITED: &str = "rate_limited";
    /// The store is closed or does not offer this (pickups, try-ons).
    pub const STORE_UNAVAILABLE: &str = "store_unavailable";
    /// A per-request limit (quantity, items) is exceeded.
    pub const LIMIT_EXCEEDED: &str = "limit_exceeded";
    /// Something failed on the server; details are in its log, not here.
    pub const INTERNAL: &str = "internal";
}

// ---------------------------------------------------------------------------------------------
// Catalog

/// A product category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// URL slug, e.g. `outerwear`.
    pub slug: String,
    /// Display name.
    pub name: Localized,
}

/// An image with its intrinsic size, so pages reserve space and never shift.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    /// Absolute path or URL.
    pub url: String,
    /// Intrinsic width in CSS pixels.
    pub width: u32,
    /// Intrinsic height in CSS pixels.
    pub height: u32,
    /// Alternative text.
    pub alt: Localized,
}

/// A product as listed in the catalog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductSummary {
    /// URL slug, unique.
    pub slug: String,
    /// Display name.
    pub name: Localized,
    /// Category slug.
    pub category: String,
    /// Price of every variant.
    pub price: Money,
    /// The first image.
    pub image: Image,
}

/// One page of products.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductPage {
    /// The products on this page.
    pub items: Vec<ProductSummary>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
    /// How many products match in all.
    pub total: u32,
    /// Every category, for filters.
    pub categories: Vec<Category>,
}

/// A colour option of a variant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colour {
    /// Display name (e.g. "Oat", "Rose 02").
    pub name: Localized,
    /// CSS colour for the swatch, `#rrggbb`.
    pub hex: String,
}

/// A purchasable variant of a product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    /// Stock-keeping unit, unique across the catalog.
    pub sku: String,
    /// Size, shoe size or volume (e.g. "M", "240", "50 ml"); absent when one size.
    pub size: Option<String>,
    /// Colour or shade; absent when one colour.
    pub colour: Option<Colour>,
}

/// A product with all its variants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    /// URL slug, unique.
    pub slug: String,
    /// Display name.
    pub name: Localized,
    /// Category slug.
    pub category: String,
    /// Long description.
    pub description: Localized,
    /// Price of every variant.
    pub price: Money,
    /// Images, first is the main one.
    pub images: Vec<Image>,
    /// Variants in display order.
    pub variants: Vec<Variant>,
}

// ---------------------------------------------------------------------------------------------
// Stores

/// What kind of store a location is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoreKind {
    /// The brand's main store.
    Flagship,
    /// A store built around trying things on.
    Experience,
    /// A counter inside a department store.
    Department,
    /// A temporary store.
    PopUp,
    /// Any other store.
    Standard,
}

/// Opening hours on one weekday, in the store's local time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayHours {
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// Opening time `HH:MM`.
    pub opens: String,
    /// Closing time `HH:MM`.
    pub closes: String,
}

/// A date the store is closed although its weekday has hours.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    /// Local date `YYYY-MM-DD`.
    pub date: String,
    /// Why, for shoppers.
    pub reason: Localized,
}

/// A physical store.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Store {
    /// Stable id (a slug).
    pub id: String,
    /// Display name.
    pub name: Localized,
    /// Kind of store.
    pub kind: StoreKind,
    /// Street address.
    pub address: Localized,
    /// City or district, for the location picker.
    pub city: Localized,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lng: f64,
    /// IANA time zone, e.g. `Asia/Seoul`.
    pub time_zone: String,
    /// Opening hours; a weekday without an entry is closed.
    pub hours: Vec<DayHours>,
    /// Upcoming closures.
    pub closures: Vec<Closure>,
    /// Fitting rooms bookable for try-ons (0 = no try-ons).
    pub fitting_rooms: u32,
    /// Minutes from a reservation until it is ready for pickup, while open.
    pub pickup_lead_minutes: u32,
    /// Hours a ready reservation is held before it expires.
    pub hold_hours: u32,
    /// Today's local date and opening hours as the server sees them.
    pub today: StoreToday,
}

/// The store's local "today", so every client agrees regardless of its own clock zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreToday {
    /// Local date `YYYY-MM-DD`.
    pub date: String,
    /// Opening time today `HH:MM`, absent when closed today.
    pub opens: Option<String>,
    /// Closing time today `HH:MM`, absent when closed today.
    pub closes: Option<String>,
    /// Whether the store is open right now.
    pub open_now: bool,
    /// The zone's abbreviation today (e.g. `KST`, `CET`).
    pub zone_abbreviation: String,
}

// ---------------------------------------------------------------------------------------------
// Stock

/// Stock of one variant at one store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkuStock {
    /// The variant.
    pub sku: String,
    /// Units a shopper can reserve now (on hand − held), never negative.
    pub available: u32,
}

/// One store's stock of a product's variants.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoreAvailability {
    /// The store.
    pub store_id: String,
    /// Great-circle distance from the given position in metres, when one was given.
    pub distance_m: Option<u32>,
    /// Every variant of the product at this store (zero included: never a blank row).
    pub stock: Vec<SkuStock>,
}

/// `GET /api/products/{slug}/availability`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Availability {
    /// The product.
    pub product: String,
    /// The last stock-change sequence this reflects; join the stream from here.
    pub seq: i64,
    /// Per store, nearest first when a position was given, else in store order.
    pub stores: Vec<StoreAvailability>,
}

/// One stock change, as pushed on `GET /api/stock/stream` (event `stock`, id = `seq`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockEvent {
    /// Global, increasing sequence number of the change.
    pub seq: i64,
    /// The variant.
    pub sku: String,
    /// The store.
    pub store_id: String,
    /// Units available after the change.
    pub available: u32,
}

/// `POST /api/staff/stock/adjust`: an in-store sale (negative) or restock (positive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockAdjust {
    /// The variant.
    pub sku: String,
    /// Units to add (restock) or remove (sale, damage); never zero.
    pub delta: i32,
    /// Why, for the record (e.g. "sale", "restock").
    pub reason: String,
}

/// The result of a stock adjustment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockLevel {
    /// The variant.
    pub sku: String,
    /// The store.
    pub store_id: String,
    /// Units on the premises.
    pub on_hand: u32,
    /// Units held by reservations.
    pub held: u32,
    /// on_hand − held.
    pub available: u32,
    /// The change's sequence number.
    pub seq: i64,
}

// ---------------------------------------------------------------------------------------------
// Shopper session and visit pass

/// `GET /api/session`: the shopper's own session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Optional display name the shopper gave.
    pub display_name: Option<String>,
    /// Optional phone number the shopper gave.
    pub phone: Option<String>,
    /// The counter code on the visit pass, e.g. `K7QM-3XPD`.
    pub counter_code: String,
    /// When the counter code stops working.
    pub counter_code_expires_at: String,
    /// Wishlisted product slugs, newest first.
    pub wishlist: Vec<String>,
    /// Recently viewed product slugs, newest first.
    pub recently_viewed: Vec<String>,
}

/// `PATCH /api/session`: profile fields; absent fields stay, empty strings clear.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileUpdate {
    /// Display name.
    pub display_name: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
}

/// One staff look-up of the shopper's pass.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lookup {
    /// The store whose staff looked.
    pub store_id: String,
    /// Store name.
    pub store_name: Localized,
    /// The staff member's display name.
    pub staff_name: String,
    /// When.
    pub at: String,
}

// ---------------------------------------------------------------------------------------------
// Reservations

/// Status of a reservation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReservationStatus {
    /// Stock is held; staff are preparing it.
    Held,
    /// Ready at the counter.
    Ready,
    /// Picked up.
    Collected,
    /// Cancelled by shopper or staff.
    Cancelled,
    /// Not collected in time; stock released.
    Expired,
}

impl ReservationStatus {
    /// Whether the reservation still holds stock.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Held | Self::Ready)
    }
}

/// One line of a reservation request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineRequest {
    /// The variant.
    pub sku: String,
    /// Units, 1 to [`MAX_QTY_PER_LINE`].
    pub qty: u32,
}

/// The most units of one variant a single reservation may hold.
pub const MAX_QTY_PER_LINE: u32 = 3;
/// The most lines a single reservation may have.
pub const MAX_LINES: usize = 5;

/// Contact details for the counter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Name to ask for.
    pub name: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
}

/// `POST /api/reservations` (send an `Idempotency-Key` header).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReservation {
    /// The store to pick up from.
    pub store_id: String,
    /// What to hold.
    pub lines: Vec<LineRequest>,
    /// Optional contact details.
    #[serde(default)]
    pub contact: Option<Contact>,
}

/// A reservation line with display data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReservationLine {
    /// The variant.
    pub sku: String,
    /// Units.
    pub qty: u32,
    /// Product slug.
    pub product: String,
    /// Product name.
    pub name: Localized,
    /// Variant size, if any.
    pub size: Option<String>,
    /// Variant colour, if any.
    pub colour: Option<Colour>,
    /// Unit price.
    pub price: Money,
}

/// A pickup reservation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reservation {
    /// Opaque id.
    pub id: String,
    /// Current status.
    pub status: ReservationStatus,
    /// The pickup store.
    pub store_id: String,
    /// Short code to say or show at the counter.
    pub pickup_code: String,
    /// The lines held.
    pub lines: Vec<ReservationLine>,
    /// Contact details given.
    pub contact: Contact,
    /// When it was made.
    pub created_at: String,
    /// When it will be ready at the earliest.
    pub ready_by: String,
    /// When the hold ends if not collected.
    pub hold_until: String,
    /// Sum of the lines.
    pub total: Money,
}

// ---------------------------------------------------------------------------------------------
// Try-on appointments

/// A bookable try-on slot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// Start (UTC, RFC 3339).
    pub start: String,
    /// End (UTC, RFC 3339).
    pub end: String,
    /// Start in the store's local time, `HH:MM`.
    pub local_start: String,
    /// Places in all (= fitting rooms).
    pub capacity: u32,
    /// Places left.
    pub remaining: u32,
}

/// `GET /api/stores/{id}/slots?date=`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotDay {
    /// The store.
    pub store_id: String,
    /// The local date asked for.
    pub date: String,
    /// The store's IANA zone.
    pub time_zone: String,
    /// The zone's abbreviation on that date.
    pub zone_abbreviation: String,
    /// Bookable slots (past, too-soon and skipped-hour slots are left out).
    pub slots: Vec<Slot>,
    /// The store is closed all that day (weekly hours or a closure), so no slots at all.
    #[serde(default)]
    pub closed: bool,
}

/// `detail` of a `slot_full` error: the next slots with places left, soonest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotFullDetail {
    /// Up to three free slots after the one asked for.
    #[serde(default)]
    pub next_free: Vec<Slot>,
}

/// Status of a try-on appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    /// Booked.
    Booked,
    /// The shopper arrived.
    CheckedIn,
    /// Cancelled.
    Cancelled,
    /// The shopper did not come.
    NoShow,
}

/// The most items one try-on may include.
pub const MAX_TRY_ON_ITEMS: usize = 6;

/// `POST /api/appointments` (send an `Idempotency-Key` header).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAppointment {
    /// The store.
    pub store_id: String,
    /// Slot start (RFC 3339).
    pub start: String,
    /// Variants to try.
    #[serde(default)]
    pub skus: Vec<String>,
}

/// `POST /api/appointments/{id}/reschedule`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reschedule {
    /// The new slot start (RFC 3339).
    pub start: String,
}

/// An item to try on, with its stock at the appointment's store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TryOnItem {
    /// The variant.
    pub sku: String,
    /// Product slug.
    pub product: String,
    /// Product name.
    pub name: Localized,
    /// Size, if any.
    pub size: Option<String>,
    /// Colour, if any.
    pub colour: Option<Colour>,
    /// Available at the appointment's store now.
    pub available: u32,
}

/// A try-on appointment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// Opaque id.
    pub id: String,
    /// Status.
    pub status: AppointmentStatus,
    /// The store.
    pub store_id: String,
    /// Start (UTC).
    pub start: String,
    /// End (UTC).
    pub end: String,
    /// Short booking code.
    pub booking_code: String,
    /// Items to try.
    pub items: Vec<TryOnItem>,
    /// When it was booked.
    pub created_at: String,
    /// The store zone's abbreviation at the start (e.g. `KST`, `CEST`), to name the zone.
    #[serde(default)]
    pub zone_abbreviation: String,
}

// ---------------------------------------------------------------------------------------------
// Staff

/// `POST /api/staff/login`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffLogin {
    /// Username.
    pub username: String,
    /// Password.
    pub password: String,
}

/// The signed-in staff member (`GET /api/staff/me`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMe {
    /// Username.
    pub username: String,
    /// Display name.
    pub display_name: String,
    /// The store they act for.
    pub store_id: String,
    /// When the staff session ends.
    pub expires_at: String,
}

/// `GET /api/staff/customers/{counter_code}`: the shopper behind a pass.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    /// The shopper's display name, if given.
    pub display_name: Option<String>,
    /// The shopper's phone, if given.
    pub phone: Option<String>,
    /// Reservations, this store's first.
    pub reservations: Vec<Reservation>,
    /// Appointments, this store's first.
    pub appointments: Vec<Appointment>,
    /// Wishlisted product slugs.
    pub wishlist: Vec<String>,
    /// Recently viewed product slugs.
    pub recently_viewed: Vec<String>,
}

/// `GET /api/staff/queue`: today's pickups and try-ons at the staff member's store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreQueue {
    /// The store.
    pub store_id: String,
    /// The store's local date.
    pub date: String,
    /// Open reservations (held or ready) to hand over, soonest ready first.
    pub reservations: Vec<Reservation>,
    /// Today's try-ons, earliest first.
    pub appointments: Vec<Appointment>,
}

/// `POST /api/staff/customers/{counter_code}/reservations`: reserve at the staff member's
/// store for the shopper at the counter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CounterReservation {
    /// What to hold.
    pub lines: Vec<LineRequest>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_omits_absent_fields() {
        let e = ApiError {
            code: codes::NOT_FOUND.into(),
            message: "No product".into(),
            fields: None,
            detail: None,
        };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"not_found","message":"No product"}"#
        );
    }

    #[test]
    fn statuses_are_snake_case() {
        assert_eq!(
            serde_json::to_string(&StoreKind::PopUp).unwrap(),
            r#""pop_up""#
        );
        assert_eq!(
            serde_json::to_string(&AppointmentStatus::CheckedIn).unwrap(),
            r#""checked_in""#
        );
        assert!(ReservationStatus::Ready.is_open());
        assert!(!ReservationStatus::Expired.is_open());
    }
}
