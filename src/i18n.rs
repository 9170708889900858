//! Every word the app shows, in English and Korean.
//!
//! One `Strings` table per language: a string missing from either language is a compile
//! error, not an English fallback on a Korean page. Messages with values are `fn` fields.

use leptos::prelude::*;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// BCP 47 tag for `Intl` and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// Parses a stored or browser language tag (`ko-KR` → Korean); anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("ko") {
            Lang::Ko
        } else {
            Lang::En
        }
    }

    /// Picks the text for this language from API content.
    pub fn pick(self, text: &tandem_api::Localized) -> String {
        match self {
            Lang::En => text.en.clone(),
            Lang::Ko => text.ko.clone(),
        }
    }

    /// The strings table.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Ko => &KO,
        }
    }
}

/// The shopper's language, provided at the app root.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The current language; writing it switches the whole app.
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// The current strings table (reactive).
    pub fn t(&self) -> &'static Strings {
        self.lang.get().strings()
    }

    /// The current language (reactive).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }
}

/// The app's language context; panics outside the app root, where it is always provided.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// All user-visible text.
pub struct Strings {
    /// Skip link.
    pub skip_to_content: &'static str,
    /// Primary navigation label.
    pub nav_label: &'static str,
    /// Shop link.
    pub nav_shop: &'static str,
    /// Stores link.
    pub nav_stores: &'static str,
    /// Search field label.
    pub search_label: &'static str,
    /// Search field placeholder.
    pub search_placeholder: &'static str,
    /// Search button.
    pub search_button: &'static str,
    /// Language switch: the name of the *other* language.
    pub other_language: &'static str,
    /// Language switch: hidden words read before the other language's name.
    pub language_label: &'static str,
    /// Footer line.
    pub footer_note: &'static str,
    /// Footer: the stores link text.
    pub footer_stores: &'static str,
    /// Catalog heading when no filter.
    pub catalog_title: &'static str,
    /// Catalog heading for a search.
    pub search_results_for: fn(&str) -> String,
    /// Category filter label.
    pub categories_label: &'static str,
    /// "All" category.
    pub all_categories: &'static str,
    /// Number of products.
    pub product_count: fn(u32) -> String,
    /// Empty search result.
    pub no_results: &'static str,
    /// Empty search: way forward.
    pub clear_search: &'static str,
    /// Paging: next page.
    pub next_page: &'static str,
    /// Paging: back to the first page.
    pub first_page: &'static str,
    /// Loading text.
    pub loading: &'static str,
    /// Colour picker label.
    pub colour: &'static str,
    /// Size picker label.
    pub size: &'static str,
    /// Product description heading.
    pub details: &'static str,
    /// Product images label.
    pub images_label: &'static str,
    /// Show image n.
    pub show_image: fn(usize) -> String,
    /// Stock section heading.
    pub in_stores: &'static str,
    /// Headline: the nearest store that has it.
    pub in_stock_at: fn(&str) -> String,
    /// Headline when no store has it.
    pub nowhere_in_stock: &'static str,
    /// Headline when the preferred store lacks it but another has it.
    pub not_at_your_store: fn(&str) -> String,
    /// A store has none.
    pub out_of_stock: &'static str,
    /// A store has n.
    pub available_n: fn(u32) -> String,
    /// A store has few.
    pub low_stock_n: fn(u32) -> String,
    /// Grid heading.
    pub size_grid_title: &'static str,
    /// Grid caption explaining cells.
    pub size_grid_caption: &'static str,
    /// Grid: column header for the size.
    pub size_column: &'static str,
    /// Live status: connected.
    pub live: &'static str,
    /// Live status: connecting first time.
    pub connecting: &'static str,
    /// Live status: dropped, retrying.
    pub reconnecting: &'static str,
    /// Freshness prefix ("updated" + relative time).
    pub updated: &'static str,
    /// Screen-reader announcement of a stock change.
    pub stock_changed: fn(&str, &str, u32) -> String,
    /// Distance suffix: "away".
    pub your_store: &'static str,
    /// Stores page heading.
    pub stores_title: &'static str,
    /// Stores page intro.
    pub stores_intro: &'static str,
    /// "Today".
    pub today: &'static str,
    /// Closed today.
    pub closed_today: &'static str,
    /// Closed (on a weekday).
    pub closed: &'static str,
    /// Open now badge.
    pub open_now: &'static str,
    /// Closed now badge.
    pub closed_now: &'static str,
    /// Weekly hours heading.
    pub opening_hours: &'static str,
    /// Fitting rooms count.
    pub fitting_rooms: fn(u32) -> String,
    /// No fitting rooms.
    pub no_fitting_rooms: &'static str,
    /// Closure notice.
    pub closed_on: fn(&str, &str) -> String,
    /// Store kinds.
    pub kind_flagship: &'static str,
    /// Store kinds.
    pub kind_experience: &'static str,
    /// Store kinds.
    pub kind_department: &'static str,
    /// Store kinds.
    pub kind_pop_up: &'static str,
    /// Store kinds.
    pub kind_standard: &'static str,
    /// Weekday names, Monday first.
    pub weekdays: [&'static str; 7],
    /// Local time note: "times in {zone}".
    pub times_in_zone: fn(&str) -> String,
    /// Not-found heading.
    pub not_found_title: &'static str,
    /// Not-found body.
    pub not_found_body: &'static str,
    /// Product not found body.
    pub product_not_found: &'static str,
    /// Way home.
    pub back_to_shop: &'static str,
    /// Error heading.
    pub error_title: &'static str,
    /// Network error.
    pub network_error: &'static str,
    /// Retry button.
    pub retry: &'static str,
    /// My store label in the header.
    pub my_store: &'static str,
    /// Header button when nothing chosen.
    pub choose_store: &'static str,
    /// Near my position.
    pub near_me: &'static str,
    /// Location dialog title.
    pub location_title: &'static str,
    /// Location dialog intro.
    pub location_intro: &'static str,
    /// Use my location button.
    pub use_my_location: &'static str,
    /// Locating…
    pub locating: &'static str,
    /// Geolocation denied.
    pub location_denied: &'static str,
    /// Geolocation unavailable.
    pub location_unavailable: &'static str,
    /// Geolocation timed out.
    pub location_timeout: &'static str,
    /// Geolocation unsupported.
    pub location_unsupported: &'static str,
    /// Pick an area heading.
    pub pick_area: &'static str,
    /// Pick a store heading.
    pub pick_store: &'static str,
    /// Close dialog.
    pub close: &'static str,
    /// Forget location.
    pub forget_location: &'static str,
    /// Location saved announcement.
    pub location_saved: fn(&str) -> String,
    /// Distance units: metres.
    pub distance_away: fn(&str) -> String,
    /// Error texts by API code.
    pub error_code: fn(&str) -> &'static str,
    /// Offline banner.
    pub offline_banner: &'static str,
    /// Update banner text.
    pub update_available: &'static str,
    /// Update banner button.
    pub update_reload: &'static str,
    /// Stock shown from this device's copy, fetched at a time.
    pub stock_as_of: fn(&str) -> String,
    /// Any action that needs the server, when offline.
    pub needs_connection: &'static str,
    // -- reservations --
    /// Reserve section heading.
    pub reserve_title: &'static str,
    /// Reserve section intro.
    pub reserve_intro: &'static str,
    /// Store select label.
    pub pickup_store: &'static str,
    /// Quantity label.
    pub quantity: &'static str,
    /// Name label.
    pub your_name: &'static str,
    /// Phone label.
    pub your_phone: &'static str,
    /// Submit.
    pub reserve_button: &'static str,
    /// Submitting.
    pub reserving: &'static str,
    /// No store to reserve at.
    pub no_store_has_it: &'static str,
    /// Offline reserve.
    pub pickup_needs_connection: &'static str,
    /// My reservations nav.
    pub my_reservations: &'static str,
    /// Visits nav.
    pub my_visits: &'static str,
    /// Confirmation heading.
    pub reservation_title: &'static str,
    /// Code label.
    pub pickup_code: &'static str,
    /// Code hint.
    pub show_at_counter: &'static str,
    /// QR alt.
    pub qr_alt: &'static str,
    /// Ready by.
    pub ready_by: &'static str,
    /// Held until.
    pub held_until: &'static str,
    /// Items heading.
    pub items: &'static str,
    /// Total.
    pub total: &'static str,
    /// Store heading.
    pub store: &'static str,
    /// Cancel button.
    pub cancel_reservation: &'static str,
    /// Confirm heading.
    pub cancel_confirm_title: &'static str,
    /// Confirm body.
    pub cancel_confirm_body: &'static str,
    /// Keep.
    pub keep_it: &'static str,
    /// Confirm cancel.
    pub yes_cancel: &'static str,
    /// Cancelled announcement.
    pub cancelled_note: &'static str,
    /// Empty list.
    pub no_reservations: &'static str,
    /// Way forward.
    pub browse_products: &'static str,
    /// Details link.
    pub view_details: &'static str,
    /// Status.
    pub status_held: &'static str,
    /// Status.
    pub status_ready: &'static str,
    /// Status.
    pub status_collected: &'static str,
    /// Status.
    pub status_cancelled: &'static str,
    /// Status.
    pub status_expired: &'static str,
    /// Insufficient stock.
    pub sold_out_here: &'static str,
    /// Limit.
    pub limit_exceeded: &'static str,
    /// Store closed.
    pub store_unavailable: &'static str,
    /// Only n left at a store.
    pub only_n_left_at: fn(u32) -> String,
    /// Alternative store button.
    pub reserve_at_instead: fn(&str, u32) -> String,
    /// Store option label.
    pub store_option: fn(&str, u32) -> String,
    /// Countdown.
    pub time_left: fn(i64, i64, i64) -> String,
    /// Qty hint.
    pub max_per_item: fn(u32) -> String,
    // -- appointments --
    /// Link to book a try-on (product page, empty list).
    pub book_try_on: &'static str,
    /// Accessible name of a store's "Book a try-on" link.
    pub try_on_book_at: fn(&str) -> String,
    /// Booking page heading.
    pub try_on_book_title: &'static str,
    /// Booking page intro.
    pub try_on_book_intro: &'static str,
    /// Step heading: store.
    pub try_on_step_store: &'static str,
    /// Step heading: day and time.
    pub try_on_step_when: &'static str,
    /// Step heading: items (count, limit).
    pub try_on_step_items: fn(usize, usize) -> String,
    /// The chosen store has no fitting rooms.
    pub try_on_no_rooms_at: fn(&str) -> String,
    /// Day list label.
    pub try_on_choose_day: &'static str,
    /// A closed day in the list.
    pub try_on_closed_day: &'static str,
    /// Times heading for a day.
    pub try_on_times_on: fn(&str) -> String,
    /// The store is closed that day.
    pub try_on_day_closed: &'static str,
    /// No times left that day.
    pub try_on_day_none_left: &'static str,
    /// Way forward: look at another day.
    pub try_on_see_day: fn(&str) -> String,
    /// Polite announcement: free times found on a day.
    pub try_on_slots_found: fn(u32, &str) -> String,
    /// Places left in a slot.
    pub try_on_places_left: fn(u32) -> String,
    /// A full slot.
    pub try_on_full: &'static str,
    /// The shopper's current slot (when rescheduling).
    pub try_on_your_time: &'static str,
    /// Which zone times are in, and how far it is from the shopper's (place, abbreviation,
    /// store offset minus browser offset in minutes).
    pub try_on_zone_note: fn(&str, &str, i32) -> String,
    /// No items chosen.
    pub try_on_no_items: &'static str,
    /// Link to add items from the shop.
    pub try_on_add_items: &'static str,
    /// Item stock at the store.
    pub try_on_in_stock_here: fn(u32) -> String,
    /// Item out of stock at the store.
    pub try_on_out_here: &'static str,
    /// The nearest store that has it (store, distance).
    pub try_on_nearest_has_it: fn(&str, &str) -> String,
    /// No other store has it.
    pub try_on_nowhere_else: &'static str,
    /// Remove button.
    pub try_on_remove: &'static str,
    /// Remove button's accessible name.
    pub try_on_remove_item: fn(&str) -> String,
    /// What is about to be booked (when, store).
    pub try_on_summary: fn(&str, &str) -> String,
    /// Submit.
    pub try_on_book_button: &'static str,
    /// Submitting.
    pub try_on_booking: &'static str,
    /// No store chosen.
    pub try_on_choose_store_first: &'static str,
    /// No time chosen.
    pub try_on_choose_time_first: &'static str,
    /// The chosen slot filled up.
    pub try_on_slot_full: &'static str,
    /// Lead-in to the next free slots.
    pub try_on_next_free: &'static str,
    /// No free slots after the full one.
    pub try_on_no_free_after: &'static str,
    /// Appointment page heading.
    pub try_on_title: &'static str,
    /// Appointment page heading right after booking.
    pub try_on_booked_title: &'static str,
    /// Booking code heading.
    pub try_on_code_label: &'static str,
    /// Booking code hint.
    pub try_on_show_code: &'static str,
    /// QR alt text (code).
    pub try_on_qr_alt: fn(&str) -> String,
    /// "When".
    pub try_on_when: &'static str,
    /// "Where".
    pub try_on_where: &'static str,
    /// Add to calendar.
    pub try_on_add_to_calendar: &'static str,
    /// Items heading.
    pub try_on_items_title: &'static str,
    /// Booked without items.
    pub try_on_no_items_booked: &'static str,
    /// Reschedule button.
    pub try_on_reschedule: &'static str,
    /// Reschedule panel heading.
    pub try_on_reschedule_title: &'static str,
    /// Confirm the new time.
    pub try_on_move_button: &'static str,
    /// Moving.
    pub try_on_moving: &'static str,
    /// Close the reschedule panel.
    pub try_on_keep_time: &'static str,
    /// Announcement after rescheduling (new time).
    pub try_on_moved: fn(&str) -> String,
    /// Cancel button.
    pub try_on_cancel: &'static str,
    /// Cancel confirmation heading.
    pub try_on_cancel_title: &'static str,
    /// Cancel confirmation body.
    pub try_on_cancel_body: &'static str,
    /// Confirm cancelling.
    pub try_on_cancel_yes: &'static str,
    /// Back out of cancelling.
    pub try_on_cancel_keep: &'static str,
    /// Announcement after cancelling.
    pub try_on_cancelled_note: &'static str,
    /// "My try-ons".
    pub try_on_my_appointments: &'static str,
    /// Book another.
    pub try_on_book_another: &'static str,
    /// Empty list.
    pub try_on_none_yet: &'static str,
    /// Item count on a card.
    pub try_on_item_count: fn(usize) -> String,
    /// Details link.
    pub try_on_view: &'static str,
    /// Status.
    pub try_on_status_booked: &'static str,
    /// Status.
    pub try_on_status_checked_in: &'static str,
    /// Status.
    pub try_on_status_cancelled: &'static str,
    /// Status.
    pub try_on_status_no_show: &'static str,
    /// Errors by API code, for try-ons.
    pub try_on_error: fn(&str) -> &'static str,
    /// Errors by the field the API names (`start`, `skus`, `date`).
    pub try_on_field_error: fn(&str) -> &'static str,
    /// Pass nav.
    pub nav_pass: &'static str,
    /// Pass heading.
    pub pass_title: &'static str,
    /// Pass intro.
    pub pass_intro: &'static str,
    /// Code label.
    pub counter_code: &'static str,
    /// QR alt.
    pub pass_qr_alt: &'static str,
    /// Rotate button.
    pub new_code: &'static str,
    /// Rotate hint.
    pub new_code_note: &'static str,
    /// Rotated announcement.
    pub new_code_done: &'static str,
    /// Upcoming heading.
    pub upcoming_visits: &'static str,
    /// No upcoming.
    pub no_upcoming: &'static str,
    /// Pickup label.
    pub pickup_label: &'static str,
    /// Try-on label.
    pub try_on_label: &'static str,
    /// Lookup log heading.
    pub lookups_title: &'static str,
    /// Lookup log intro.
    pub lookups_intro: &'static str,
    /// No lookups.
    pub no_lookups: &'static str,
    /// Profile heading.
    pub profile_title: &'static str,
    /// Name label.
    pub display_name: &'static str,
    /// Phone label.
    pub phone: &'static str,
    /// Save button.
    pub save: &'static str,
    /// Saved announcement.
    pub saved: &'static str,
    /// Erase heading.
    pub erase_title: &'static str,
    /// Erase intro.
    pub erase_intro: &'static str,
    /// Erase button.
    pub erase_button: &'static str,
    /// Erase confirm.
    pub erase_confirm_title: &'static str,
    /// Erase confirm body.
    pub erase_confirm_body: &'static str,
    /// Erase yes.
    pub erase_yes: &'static str,
    /// Erased.
    pub erased: &'static str,
    /// Offline pass.
    pub offline_copy: &'static str,
    /// Heart add.
    pub wishlist_add: &'static str,
    /// Heart remove.
    pub wishlist_remove: &'static str,
    /// Wishlist heading.
    pub wishlist_title: &'static str,
    /// Recently viewed heading.
    pub recently_viewed_title: &'static str,
    /// Expiry.
    pub code_expires: fn(&str) -> String,
    /// Lookup row.
    pub looked_up_by: fn(&str, &str) -> String,
    // -- pass and staff --
    // staff counter (src/pages/staff.rs, src/components/staff.rs)
    /// Staff page title.
    pub staff_title: &'static str,
    /// Sign-in heading.
    pub staff_sign_in_title: &'static str,
    /// Sign-in intro.
    pub staff_sign_in_intro: &'static str,
    /// Username label.
    pub staff_username: &'static str,
    /// Password label.
    pub staff_password: &'static str,
    /// Sign-in button.
    pub staff_sign_in: &'static str,
    /// Sign-in pending.
    pub staff_signing_in: &'static str,
    /// Username missing.
    pub staff_enter_username: &'static str,
    /// Password missing.
    pub staff_enter_password: &'static str,
    /// Wrong username or password.
    pub staff_wrong_credentials: &'static str,
    /// The staff session ended (401 mid-shift).
    pub staff_session_over: &'static str,
    /// After signing out.
    pub staff_signed_out: &'static str,
    /// Sign-out button.
    pub staff_sign_out: &'static str,
    /// Who is signed in.
    pub staff_signed_in_as: fn(&str) -> String,
    /// When the staff session ends.
    pub staff_session_ends: fn(&str) -> String,
    /// Label of the counter's tab list.
    pub staff_tabs_label: &'static str,
    /// Tab: look up a pass.
    pub staff_tab_lookup: &'static str,
    /// Tab: today's queue.
    pub staff_tab_queue: &'static str,
    /// Counter code field label.
    pub staff_code_label: &'static str,
    /// Counter code field hint.
    pub staff_code_hint: &'static str,
    /// Counter code missing.
    pub staff_enter_code: &'static str,
    /// Look-up button.
    pub staff_look_up: &'static str,
    /// Look-up pending.
    pub staff_looking_up: &'static str,
    /// Audit note under the look-up form.
    pub staff_lookup_recorded: &'static str,
    /// Scan button.
    pub staff_scan: &'static str,
    /// Stop scanning button.
    pub staff_stop_scan: &'static str,
    /// How to scan.
    pub staff_scan_hint: &'static str,
    /// Label of the camera preview.
    pub staff_camera_view: &'static str,
    /// Camera refused or missing.
    pub staff_camera_denied: &'static str,
    /// 404 on look-up.
    pub staff_code_not_found: &'static str,
    /// 429 on look-up: seconds to wait.
    pub staff_too_many_tries: fn(u64) -> String,
    /// Network failure at the counter.
    pub staff_offline: &'static str,
    /// Announcement after a look-up.
    pub staff_found: fn(&str) -> String,
    /// A shopper without a display name.
    pub staff_guest: &'static str,
    /// Phone label.
    pub staff_phone: &'static str,
    /// Clear the shopper from the screen.
    pub staff_done: &'static str,
    /// Reservations heading.
    pub staff_reservations: &'static str,
    /// No reservations.
    pub staff_no_reservations: &'static str,
    /// Another store's reservation or try-on: read only.
    pub staff_view_only: fn(&str) -> String,
    /// Name the shopper gave for the counter.
    pub staff_for_name: fn(&str) -> String,
    /// Mark ready button.
    pub staff_mark_ready: &'static str,
    /// Mark collected button.
    pub staff_mark_collected: &'static str,
    /// Cancel button.
    pub staff_cancel: &'static str,
    /// Cancel confirmation heading.
    pub staff_cancel_title: &'static str,
    /// Cancel confirmation body.
    pub staff_cancel_body: &'static str,
    /// Announcement: ready.
    pub staff_now_ready: fn(&str) -> String,
    /// Announcement: collected.
    pub staff_now_collected: fn(&str) -> String,
    /// Announcement: cancelled.
    pub staff_now_cancelled: fn(&str) -> String,
    /// Try-ons heading.
    pub staff_try_ons: &'static str,
    /// No try-ons.
    pub staff_no_try_ons: &'static str,
    /// Items to try heading.
    pub staff_to_try: &'static str,
    /// Booking code label.
    pub staff_booking_code: &'static str,
    /// Check-in button.
    pub staff_check_in: &'static str,
    /// No-show button.
    pub staff_no_show: &'static str,
    /// Announcement: checked in.
    pub staff_now_checked_in: fn(&str) -> String,
    /// Announcement: no-show.
    pub staff_now_no_show: fn(&str) -> String,
    /// Try-on status.
    pub staff_appt_booked: &'static str,
    /// Try-on status.
    pub staff_appt_checked_in: &'static str,
    /// Try-on status.
    pub staff_appt_cancelled: &'static str,
    /// Try-on status.
    pub staff_appt_no_show: &'static str,
    /// An action raced another change.
    pub staff_changed_meanwhile: &'static str,
    /// An action on another store's item.
    pub staff_other_store_only: &'static str,
    /// Saved items heading.
    pub staff_saved_items: &'static str,
    /// No saved items.
    pub staff_no_saved_items: &'static str,
    /// Badge: on the wishlist.
    pub staff_wishlisted: &'static str,
    /// Badge: recently viewed.
    pub staff_viewed: &'static str,
    /// Stock table caption: this store now.
    pub staff_stock_here: fn(&str) -> String,
    /// No stock of a product here.
    pub staff_none_here: &'static str,
    /// Variant select label.
    pub staff_item: &'static str,
    /// Reserve-for-the-shopper button.
    pub staff_reserve_here: &'static str,
    /// Announcement: reserved for the shopper.
    pub staff_reserved: fn(&str) -> String,
    /// Queue heading.
    pub staff_queue_title: fn(&str) -> String,
    /// Pickups heading.
    pub staff_pickups: &'static str,
    /// No pickups.
    pub staff_no_pickups: &'static str,
    /// Today's try-ons heading.
    pub staff_try_ons_today: &'static str,
    /// No try-ons today.
    pub staff_no_try_ons_today: &'static str,
    /// Queue refresh note.
    pub staff_refreshes: &'static str,
}

/// English.
pub static EN: Strings = Strings {
    skip_to_content: "Skip to content",
    nav_label: "Main",
    nav_shop: "Shop",
    nav_stores: "Stores",
    search_label: "Search products",
    search_placeholder: "Search coats, knits, lipstick…",
    search_button: "Search",
    other_language: "한국어",
    language_label: "Switch language to",
    footer_note: "Tandem — one shop, online and in store.",
    footer_stores: "Find a store",
    catalog_title: "New season",
    search_results_for: |q| format!("Results for “{q}”"),
    categories_label: "Categories",
    all_categories: "All",
    product_count: |n| {
        if n == 1 {
            "1 product".into()
        } else {
            format!("{n} products")
        }
    },
    no_results: "Nothing matches that search.",
    clear_search: "See all products",
    next_page: "Next page",
    first_page: "Back to the first page",
    loading: "Loading…",
    colour: "Colour",
    size: "Size",
    details: "Details",
    images_label: "Product images",
    show_image: |n| format!("Show image {n}"),
    in_stores: "In stores",
    in_stock_at: |s| format!("In stock at {s}"),
    nowhere_in_stock: "Not in stock at any store right now.",
    not_at_your_store: |s| format!("Not at {s} right now"),
    out_of_stock: "Out of stock",
    available_n: |n| format!("{n} available"),
    low_stock_n: |n| format!("Only {n} left"),
    size_grid_title: "Sizes at nearby stores",
    size_grid_caption: "Units available now, by size and store",
    size_column: "Size",
    live: "Live",
    connecting: "Connecting…",
    reconnecting: "Reconnecting…",
    updated: "Updated",
    stock_changed: |store, variant, n| format!("{variant} at {store}: now {n} available"),
    your_store: "Your store",
    stores_title: "Our stores",
    stores_intro: "Every store shows its hours in its own local time.",
    today: "Today",
    closed_today: "Closed today",
    closed: "Closed",
    open_now: "Open now",
    closed_now: "Closed now",
    opening_hours: "Opening hours",
    fitting_rooms: |n| {
        if n == 1 {
            "1 fitting room".into()
        } else {
            format!("{n} fitting rooms")
        }
    },
    no_fitting_rooms: "No fitting rooms",
    closed_on: |date, why| format!("Closed {date}: {why}"),
    kind_flagship: "Flagship",
    kind_experience: "Experience store",
    kind_department: "Department store counter",
    kind_pop_up: "Pop-up",
    kind_standard: "Store",
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    times_in_zone: |z| format!("Times in {z}"),
    not_found_title: "We couldn’t find that page",
    not_found_body: "The link may be old, or the page has moved.",
    product_not_found: "This product is no longer in our catalog.",
    back_to_shop: "Back to the shop",
    error_title: "Something went wrong",
    network_error: "We can’t reach Tandem right now. Check your connection and try again.",
    retry: "Try again",
    my_store: "My store",
    choose_store: "Choose your store",
    near_me: "Near me",
    location_title: "Where do you shop?",
    location_intro: "We show stock at the stores nearest to you first.",
    use_my_location: "Use my location",
    locating: "Finding your location…",
    location_denied: "Location access was declined. Choose an area or a store below instead.",
    location_unavailable:
        "Your location isn’t available right now. Choose an area or a store below.",
    location_timeout: "Finding your location took too long. Try again, or choose below.",
    location_unsupported: "This browser can’t share a location. Choose an area or a store below.",
    pick_area: "Areas",
    pick_store: "Stores",
    close: "Close",
    forget_location: "Forget my choice",
    location_saved: |s| format!("Showing stock near {s}"),
    distance_away: |d| format!("{d} away"),
    error_code: |code| match code {
        "not_found" => "We couldn’t find that.",
        "invalid_input" => "Something in the request isn’t right. Please check and try again.",
        "insufficient_stock" => "There isn’t enough stock for that any more.",
        "rate_limited" => "Too many attempts. Please wait a moment and try again.",
        "limit_exceeded" => "That’s more than one shopper can have at once.",
        "slot_full" => "That time has just filled up. Please choose another.",
        "store_unavailable" => "This store isn’t taking that right now. Please choose another store.",
        "invalid_transition" => "That has already changed. Refresh to see where it stands.",
        "stock_conflict" => "The stock changed meanwhile. Please check the numbers and try again.",
        "unauthorized" => "Please sign in again.",
        "forbidden" => "That isn’t allowed here.",
        _ => "Something went wrong on our side. Please try again.",
    },
    offline_banner: "You’re offline. You can still browse what you’ve seen; stock may have changed since.",
    update_available: "A new version of Tandem is available.",
    update_reload: "Reload",
    stock_as_of: |t| format!("Stock as of {t}, saved on this device"),
    needs_connection: "This needs a connection. You’re offline.",
    // -- reservations --
    reserve_title: "Reserve for pickup",
    reserve_intro: "Free. We hold it at the store for you; pay when you pick it up.",
    pickup_store: "Pickup store",
    quantity: "Quantity",
    your_name: "Name for the counter (optional)",
    your_phone: "Phone (optional)",
    reserve_button: "Reserve",
    reserving: "Reserving…",
    no_store_has_it: "No store has this size right now, so it can’t be reserved.",
    pickup_needs_connection: "Reserving needs a connection. You’re offline.",
    my_reservations: "My reservations",
    my_visits: "My visits",
    reservation_title: "Your reservation",
    pickup_code: "Pickup code",
    show_at_counter: "Show this code or QR at the counter.",
    qr_alt: "QR code of your pickup code",
    ready_by: "Ready from",
    held_until: "Held until",
    items: "Items",
    total: "Total (pay in store)",
    store: "Store",
    cancel_reservation: "Cancel reservation",
    cancel_confirm_title: "Cancel this reservation?",
    cancel_confirm_body: "The items go back on sale at the store.",
    keep_it: "Keep it",
    yes_cancel: "Yes, cancel",
    cancelled_note: "Reservation cancelled.",
    no_reservations: "You have no reservations yet.",
    browse_products: "Browse products",
    view_details: "Details",
    status_held: "Held",
    status_ready: "Ready for pickup",
    status_collected: "Collected",
    status_cancelled: "Cancelled",
    status_expired: "Expired",
    sold_out_here: "Sold out while you were choosing.",
    limit_exceeded: "That’s more than one reservation can hold.",
    store_unavailable: "This store isn’t taking pickups right now. Choose another store.",
    only_n_left_at: |n| format!("Only {n} left at this store."),
    reserve_at_instead: |s, n| format!("Reserve at {s} instead ({n} available)"),
    store_option: |s, n| format!("{s} — {n} available"),
    time_left: |h, m, s| {
        if h > 0 {
            format!("{h} h {m} min left")
        } else {
            format!("{m} min {s} s left")
        }
    },
    max_per_item: |n| format!("Up to {n} per item."),
    // -- appointments --
    book_try_on: "Book a try-on",
    try_on_book_at: |s| format!("Book a try-on at {s}"),
    try_on_book_title: "Book a try-on",
    try_on_book_intro: "We keep a fitting room for you for 30 minutes, with your items ready. Free; \
                        buy only what you love.",
    try_on_step_store: "Store",
    try_on_step_when: "Day and time",
    try_on_step_items: |n, max| format!("Items to try ({n} of up to {max})"),
    try_on_no_rooms_at: |s| format!("{s} has no fitting rooms. Choose one of these stores instead."),
    try_on_choose_day: "Day",
    try_on_closed_day: "closed",
    try_on_times_on: |d| format!("Times on {d}"),
    try_on_day_closed: "The store is closed that day.",
    try_on_day_none_left: "No times are left that day.",
    try_on_see_day: |d| format!("See {d}"),
    try_on_slots_found: |n, d| match n {
        0 => format!("No free times on {d}."),
        1 => format!("1 free time on {d}."),
        n => format!("{n} free times on {d}."),
    },
    try_on_places_left: |n| {
        if n == 1 {
            "1 place left".into()
        } else {
            format!("{n} places left")
        }
    },
    try_on_full: "Full",
    try_on_your_time: "Your time",
    try_on_zone_note: |place, abbr, diff| {
        let zone = if abbr.is_empty() {
            format!("{place} time")
        } else {
            format!("{place} time ({abbr})")
        };
        if diff == 0 {
            return format!("Times are {zone}.");
        }
        let (h, m) = (diff.unsigned_abs() / 60, diff.unsigned_abs() % 60);
        let hours = if h == 1 { "1 hour".to_string() } else { format!("{h} hours") };
        let span = match (h, m) {
            (0, m) => format!("{m} minutes"),
            (_, 0) => hours,
            (_, m) => format!("{hours} {m} minutes"),
        };
        let side = if diff > 0 { "ahead of" } else { "behind" };
        format!("Times are {zone}, {span} {side} you.")
    },
    try_on_no_items: "No items yet. Add some from a product page, or just come and try things in store.",
    try_on_add_items: "Add items from the shop",
    try_on_in_stock_here: |n| format!("{n} in stock here"),
    try_on_out_here: "Out of stock at this store",
    try_on_nearest_has_it: |s, d| {
        if d.is_empty() {
            format!("in stock at {s}")
        } else {
            format!("in stock at {s}, {d} away")
        }
    },
    try_on_nowhere_else: "not in stock at any other store right now",
    try_on_remove: "Remove",
    try_on_remove_item: |n| format!("Remove {n}"),
    try_on_summary: |when, store| format!("{when} at {store}"),
    try_on_book_button: "Book this try-on",
    try_on_booking: "Booking…",
    try_on_choose_store_first: "Choose a store first.",
    try_on_choose_time_first: "Choose a time.",
    try_on_slot_full: "That time has just filled up.",
    try_on_next_free: "These times are still free:",
    try_on_no_free_after: "There are no free times after it in the next two weeks. Try another store.",
    try_on_title: "Your try-on",
    try_on_booked_title: "Your try-on is booked",
    try_on_code_label: "Booking code",
    try_on_show_code: "Show this code or the QR code at the counter when you arrive.",
    try_on_qr_alt: |c| format!("QR code of booking code {c}"),
    try_on_when: "When",
    try_on_where: "Where",
    try_on_add_to_calendar: "Add to calendar",
    try_on_items_title: "Items to try",
    try_on_no_items_booked: "No items chosen: staff will help you find things to try.",
    try_on_reschedule: "Change time",
    try_on_reschedule_title: "Choose a new time",
    try_on_move_button: "Move to this time",
    try_on_moving: "Moving…",
    try_on_keep_time: "Keep my time",
    try_on_moved: |w| format!("Your try-on is now {w}."),
    try_on_cancel: "Cancel try-on",
    try_on_cancel_title: "Cancel this try-on?",
    try_on_cancel_body: "Your fitting room will be offered to other shoppers.",
    try_on_cancel_yes: "Yes, cancel it",
    try_on_cancel_keep: "No, keep it",
    try_on_cancelled_note: "Your try-on is cancelled.",
    try_on_my_appointments: "My try-ons",
    try_on_book_another: "Book another try-on",
    try_on_none_yet: "You have no try-ons booked.",
    try_on_item_count: |n| match n {
        0 => "No items chosen".into(),
        1 => "1 item to try".into(),
        n => format!("{n} items to try"),
    },
    try_on_view: "View",
    try_on_status_booked: "Booked",
    try_on_status_checked_in: "Checked in",
    try_on_status_cancelled: "Cancelled",
    try_on_status_no_show: "Missed",
    try_on_error: |code| match code {
        "slot_full" => "That time has just filled up. Choose another time.",
        "store_unavailable" => "This store doesn’t take try-on bookings. Choose another store.",
        "invalid_transition" => {
            "This try-on can’t be changed any more: it has started, or it was cancelled or checked in."
        }
        "idempotency_key_reused" => "Your booking changed while it was being sent. Please book again.",
        "not_found" => "We couldn’t find that try-on. It may have been booked in another browser.",
        "unauthorized" => "Your session has ended. Reload the page and try again.",
        "invalid_input" => "Something in the booking isn’t right. Please check it and try again.",
        "rate_limited" => "Too many attempts. Please wait a moment and try again.",
        "limit_exceeded" => "That’s more than one shopper can have at once.",
        _ => "Something went wrong on our side. Please try again.",
    },
    try_on_field_error: |field| match field {
        "start" => "That time can’t be booked any more: it has passed or is too soon. Choose a later time.",
        "skus" => "One of the items can’t be booked. Remove it and try again.",
        "date" => "That day can’t be booked. Choose one of the next 14 days.",
        _ => "Please try again.",
    },
    nav_pass: "My pass",
    pass_title: "Your visit pass",
    pass_intro: "Show this at the counter: staff use the code to find your reservations and try-ons.",
    counter_code: "Counter code",
    pass_qr_alt: "QR code of your counter code",
    new_code: "Get a new code",
    new_code_note: "A new code stops the old one from working.",
    new_code_done: "You have a new code. The old one no longer works.",
    upcoming_visits: "Upcoming visits",
    no_upcoming: "Nothing planned yet.",
    pickup_label: "Pickup",
    try_on_label: "Try-on",
    lookups_title: "Who looked up your pass",
    lookups_intro: "Every time staff use your code, it shows here.",
    no_lookups: "No one has looked up your pass.",
    profile_title: "Your details (optional)",
    display_name: "Name staff can greet you by",
    phone: "Phone",
    save: "Save",
    saved: "Saved.",
    erase_title: "Erase my data",
    erase_intro: "Deletes your pass, details, wishlist, history and look-up log, and cancels your open reservations and try-ons.",
    erase_button: "Erase my data",
    erase_confirm_title: "Erase everything?",
    erase_confirm_body: "This can’t be undone.",
    erase_yes: "Yes, erase",
    erased: "Your data has been erased.",
    offline_copy: "You’re offline. This is the copy saved on this device.",
    wishlist_add: "Add to wishlist",
    wishlist_remove: "Remove from wishlist",
    wishlist_title: "Your wishlist",
    recently_viewed_title: "Recently viewed",
    code_expires: |t| format!("Valid until {t}"),
    looked_up_by: |staff, store| format!("{staff} at {store}"),
    // -- pass and staff --
    // staff counter
    staff_title: "Counter",
    staff_sign_in_title: "Staff sign-in",
    staff_sign_in_intro: "Sign in with your store account to look up visit passes and hand over reservations.",
    staff_username: "Username",
    staff_password: "Password",
    staff_sign_in: "Sign in",
    staff_signing_in: "Signing in…",
    staff_enter_username: "Enter your username.",
    staff_enter_password: "Enter your password.",
    staff_wrong_credentials: "That username and password don’t match. Check both and try again.",
    staff_session_over: "Your staff session has ended. Sign in again to carry on.",
    staff_signed_out: "You’re signed out.",
    staff_sign_out: "Sign out",
    staff_signed_in_as: |name| format!("Signed in as {name}"),
    staff_session_ends: |t| format!("Session ends {t}"),
    staff_tabs_label: "Counter views",
    staff_tab_lookup: "Look up a pass",
    staff_tab_queue: "Today’s queue",
    staff_code_label: "Counter code from the visit pass",
    staff_code_hint: "Type it as shown; capitals, spaces and dashes don’t matter.",
    staff_enter_code: "Enter the code from the shopper’s visit pass.",
    staff_look_up: "Look up",
    staff_looking_up: "Looking up…",
    staff_lookup_recorded: "Every look-up is recorded and shown to the shopper on their pass.",
    staff_scan: "Scan pass",
    staff_stop_scan: "Stop scanning",
    staff_scan_hint: "Hold the QR code on the shopper’s pass in front of the camera.",
    staff_camera_view: "Camera view for scanning the pass",
    staff_camera_denied: "The camera can’t be used. Allow camera access for this page, or type the code.",
    staff_code_not_found: "No valid pass with that code. Check it with the shopper; if their pass is old, ask them to open it again for a fresh code.",
    staff_too_many_tries: |n| format!("Too many tries. Wait {n} seconds, then try again."),
    staff_offline: "Can’t reach the server. Check this tablet’s connection and try again.",
    staff_found: |name| format!("Showing {name}"),
    staff_guest: "Guest",
    staff_phone: "Phone",
    staff_done: "Done — clear the screen",
    staff_reservations: "Reservations",
    staff_no_reservations: "No reservations.",
    staff_view_only: |store| format!("At {store} · view only"),
    staff_for_name: |name| format!("For {name}"),
    staff_mark_ready: "Mark ready",
    staff_mark_collected: "Collected",
    staff_cancel: "Cancel",
    staff_cancel_title: "Cancel this reservation?",
    staff_cancel_body: "The items go back on sale, and the shopper sees the reservation as cancelled.",
    staff_now_ready: |code| format!("Reservation {code} is ready for pickup."),
    staff_now_collected: |code| format!("Reservation {code} collected."),
    staff_now_cancelled: |code| format!("Reservation {code} cancelled; the items are back on sale."),
    staff_try_ons: "Try-ons",
    staff_no_try_ons: "No try-ons.",
    staff_to_try: "To try",
    staff_booking_code: "Booking code",
    staff_check_in: "Check in",
    staff_no_show: "No-show",
    staff_now_checked_in: |code| format!("Try-on {code} checked in."),
    staff_now_no_show: |code| format!("Try-on {code} marked as a no-show."),
    staff_appt_booked: "Booked",
    staff_appt_checked_in: "Checked in",
    staff_appt_cancelled: "Cancelled",
    staff_appt_no_show: "No-show",
    staff_changed_meanwhile: "That step isn’t possible any more: it changed in the meantime. The status shown is now current.",
    staff_other_store_only: "That belongs to another store; only its staff can change it.",
    staff_saved_items: "Wishlist and recently viewed",
    staff_no_saved_items: "Nothing saved or viewed yet.",
    staff_wishlisted: "Wishlist",
    staff_viewed: "Viewed",
    staff_stock_here: |store| format!("Available at {store} now"),
    staff_none_here: "None in stock at this store.",
    staff_item: "Item",
    staff_reserve_here: "Reserve here",
    staff_reserved: |code| format!("Reserved for the shopper: pickup code {code}."),
    staff_queue_title: |store| format!("Today at {store}"),
    staff_pickups: "Pickups to hand over",
    staff_no_pickups: "No pickups waiting.",
    staff_try_ons_today: "Try-ons today",
    staff_no_try_ons_today: "No try-ons today.",
    staff_refreshes: "Refreshes every 10 seconds.",
};

/// Korean.
pub static KO: Strings = Strings {
    skip_to_content: "본문으로 건너뛰기",
    nav_label: "주 메뉴",
    nav_shop: "쇼핑",
    nav_stores: "매장",
    search_label: "상품 검색",
    search_placeholder: "코트, 니트, 립스틱 검색…",
    search_button: "검색",
    other_language: "English",
    language_label: "다음 언어로 보기:",
    footer_note: "Tandem — 온라인과 매장이 하나인 쇼핑.",
    footer_stores: "매장 찾기",
    catalog_title: "새 시즌",
    search_results_for: |q| format!("“{q}” 검색 결과"),
    categories_label: "카테고리",
    all_categories: "전체",
    product_count: |n| format!("상품 {n}개"),
    no_results: "검색 결과가 없습니다.",
    clear_search: "전체 상품 보기",
    next_page: "다음 페이지",
    first_page: "첫 페이지로",
    loading: "불러오는 중…",
    colour: "색상",
    size: "사이즈",
    details: "상세 정보",
    images_label: "상품 이미지",
    show_image: |n| format!("{n}번째 이미지 보기"),
    in_stores: "매장 재고",
    in_stock_at: |s| format!("{s}에 재고 있음"),
    nowhere_in_stock: "지금은 재고가 있는 매장이 없습니다.",
    not_at_your_store: |s| format!("지금 {s}에는 재고가 없습니다"),
    out_of_stock: "품절",
    available_n: |n| format!("{n}개 구매 가능"),
    low_stock_n: |n| format!("{n}개 남음"),
    size_grid_title: "가까운 매장의 사이즈별 재고",
    size_grid_caption: "지금 구매 가능한 수량 (사이즈 × 매장)",
    size_column: "사이즈",
    live: "실시간",
    connecting: "연결 중…",
    reconnecting: "다시 연결 중…",
    updated: "업데이트",
    stock_changed: |store, variant, n| format!("{store} {variant}: 현재 {n}개"),
    your_store: "내 매장",
    stores_title: "매장 안내",
    stores_intro: "모든 매장의 영업시간은 해당 매장의 현지 시간입니다.",
    today: "오늘",
    closed_today: "오늘 휴무",
    closed: "휴무",
    open_now: "영업 중",
    closed_now: "영업 종료",
    opening_hours: "영업시간",
    fitting_rooms: |n| format!("피팅룸 {n}개"),
    no_fitting_rooms: "피팅룸 없음",
    closed_on: |date, why| format!("{date} 휴무: {why}"),
    kind_flagship: "플래그십",
    kind_experience: "체험 매장",
    kind_department: "백화점 매장",
    kind_pop_up: "팝업 스토어",
    kind_standard: "매장",
    weekdays: [
        "월요일",
        "화요일",
        "수요일",
        "목요일",
        "금요일",
        "토요일",
        "일요일",
    ],
    times_in_zone: |z| format!("{z} 기준 시간"),
    not_found_title: "페이지를 찾을 수 없습니다",
    not_found_body: "오래된 링크이거나 페이지가 이동했을 수 있습니다.",
    product_not_found: "더 이상 판매하지 않는 상품입니다.",
    back_to_shop: "쇼핑으로 돌아가기",
    error_title: "문제가 발생했습니다",
    network_error:
        "지금은 Tandem에 연결할 수 없습니다. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.",
    retry: "다시 시도",
    my_store: "내 매장",
    choose_store: "매장 선택",
    near_me: "내 위치 근처",
    location_title: "어디에서 쇼핑하시나요?",
    location_intro: "가장 가까운 매장의 재고를 먼저 보여 드립니다.",
    use_my_location: "내 위치 사용",
    locating: "위치를 확인하는 중…",
    location_denied: "위치 권한이 거부되었습니다. 아래에서 지역이나 매장을 선택해 주세요.",
    location_unavailable: "지금은 위치를 알 수 없습니다. 아래에서 지역이나 매장을 선택해 주세요.",
    location_timeout: "위치 확인 시간이 초과되었습니다. 다시 시도하거나 아래에서 선택해 주세요.",
    location_unsupported:
        "이 브라우저는 위치를 공유할 수 없습니다. 아래에서 지역이나 매장을 선택해 주세요.",
    pick_area: "지역",
    pick_store: "매장",
    close: "닫기",
    forget_location: "선택 지우기",
    location_saved: |s| format!("{s} 근처 재고를 보여 드립니다"),
    distance_away: |d| format!("{d} 거리"),
    error_code: |code| match code {
        "not_found" => "찾을 수 없습니다.",
        "invalid_input" => "요청 내용이 올바르지 않습니다. 확인 후 다시 시도해 주세요.",
        "insufficient_stock" => "재고가 부족합니다.",
        "rate_limited" => "시도가 너무 많습니다. 잠시 후 다시 시도해 주세요.",
        "limit_exceeded" => "한 사람이 동시에 가질 수 있는 한도를 넘었습니다.",
        "slot_full" => "방금 그 시간이 마감되었습니다. 다른 시간을 선택해 주세요.",
        "store_unavailable" => "이 매장은 지금 이용할 수 없습니다. 다른 매장을 선택해 주세요.",
        "invalid_transition" => "이미 상태가 바뀌었습니다. 새로고침해 확인해 주세요.",
        "stock_conflict" => "그사이 재고가 바뀌었습니다. 수량을 확인하고 다시 시도해 주세요.",
        "unauthorized" => "다시 로그인해 주세요.",
        "forbidden" => "허용되지 않은 작업입니다.",
        _ => "일시적인 오류가 발생했습니다. 다시 시도해 주세요.",
    },
    offline_banner: "오프라인 상태입니다. 이미 본 상품과 매장은 볼 수 있지만, 재고는 그사이 바뀌었을 수 있습니다.",
    update_available: "Tandem 새 버전이 있습니다.",
    update_reload: "새로고침",
    stock_as_of: |t| format!("{t} 기준 재고 (이 기기에 저장된 정보)"),
    needs_connection: "인터넷 연결이 필요합니다. 지금은 오프라인입니다.",
    // -- reservations --
    reserve_title: "매장 픽업 예약",
    reserve_intro: "무료입니다. 매장에서 보관해 드리며, 픽업할 때 결제하세요.",
    pickup_store: "픽업 매장",
    quantity: "수량",
    your_name: "픽업하실 분 이름 (선택)",
    your_phone: "전화번호 (선택)",
    reserve_button: "예약하기",
    reserving: "예약하는 중…",
    no_store_has_it: "지금은 이 사이즈를 보유한 매장이 없어 예약할 수 없습니다.",
    pickup_needs_connection: "예약하려면 인터넷 연결이 필요합니다. 지금은 오프라인입니다.",
    my_reservations: "내 예약",
    my_visits: "내 방문",
    reservation_title: "예약 내역",
    pickup_code: "픽업 코드",
    show_at_counter: "매장 카운터에서 이 코드나 QR을 보여 주세요.",
    qr_alt: "픽업 코드 QR",
    ready_by: "준비 완료 예정",
    held_until: "보관 기한",
    items: "상품",
    total: "합계 (매장 결제)",
    store: "매장",
    cancel_reservation: "예약 취소",
    cancel_confirm_title: "이 예약을 취소할까요?",
    cancel_confirm_body: "상품은 다시 매장에서 판매됩니다.",
    keep_it: "유지하기",
    yes_cancel: "네, 취소합니다",
    cancelled_note: "예약이 취소되었습니다.",
    no_reservations: "아직 예약이 없습니다.",
    browse_products: "상품 둘러보기",
    view_details: "자세히",
    status_held: "보관 중",
    status_ready: "픽업 준비 완료",
    status_collected: "픽업 완료",
    status_cancelled: "취소됨",
    status_expired: "기한 만료",
    sold_out_here: "선택하시는 동안 품절되었습니다.",
    limit_exceeded: "한 번에 예약할 수 있는 수량을 넘었습니다.",
    store_unavailable: "이 매장은 지금 픽업 예약을 받지 않습니다. 다른 매장을 선택해 주세요.",
    only_n_left_at: |n| format!("이 매장에는 {n}개만 남았습니다."),
    reserve_at_instead: |s, n| format!("대신 {s}에서 예약 ({n}개 가능)"),
    store_option: |s, n| format!("{s} — {n}개 가능"),
    time_left: |h, m, s| {
        if h > 0 {
            format!("{h}시간 {m}분 남음")
        } else {
            format!("{m}분 {s}초 남음")
        }
    },
    max_per_item: |n| format!("상품당 최대 {n}개."),
    // -- appointments --
    book_try_on: "피팅 예약하기",
    try_on_book_at: |s| format!("{s} 피팅 예약하기"),
    try_on_book_title: "피팅 예약",
    try_on_book_intro: "고르신 상품을 준비해 두고 피팅룸을 30분 동안 비워 둡니다. 무료이며, 마음에 드는 것만 구매하시면 됩니다.",
    try_on_step_store: "매장",
    try_on_step_when: "날짜와 시간",
    try_on_step_items: |n, max| format!("입어 볼 상품 ({n}개 / 최대 {max}개)"),
    try_on_no_rooms_at: |s| format!("{s}에는 피팅룸이 없습니다. 아래 매장 중에서 선택해 주세요."),
    try_on_choose_day: "날짜",
    try_on_closed_day: "휴무",
    try_on_times_on: |d| format!("{d} 예약 가능 시간"),
    try_on_day_closed: "이날은 매장 휴무입니다.",
    try_on_day_none_left: "이날은 남은 시간이 없습니다.",
    try_on_see_day: |d| format!("{d} 보기"),
    try_on_slots_found: |n, d| {
        if n == 0 {
            format!("{d}에는 예약 가능한 시간이 없습니다.")
        } else {
            format!("{d}에 예약 가능한 시간 {n}개.")
        }
    },
    try_on_places_left: |n| format!("{n}자리 남음"),
    try_on_full: "마감",
    try_on_your_time: "현재 예약",
    try_on_zone_note: |place, abbr, diff| {
        let zone = if abbr.is_empty() {
            format!("{place} 시간")
        } else {
            format!("{place} 시간({abbr})")
        };
        if diff == 0 {
            return format!("모든 시간은 {zone} 기준입니다.");
        }
        let (h, m) = (diff.unsigned_abs() / 60, diff.unsigned_abs() % 60);
        let span = match (h, m) {
            (0, m) => format!("{m}분"),
            (h, 0) => format!("{h}시간"),
            (h, m) => format!("{h}시간 {m}분"),
        };
        let side = if diff > 0 { "빠릅니다" } else { "느립니다" };
        format!("모든 시간은 {zone} 기준이며, 지금 계신 곳보다 {span} {side}.")
    },
    try_on_no_items: "아직 고른 상품이 없습니다. 상품 페이지에서 추가하거나, 매장에서 자유롭게 입어 보세요.",
    try_on_add_items: "쇼핑하며 상품 추가하기",
    try_on_in_stock_here: |n| format!("이 매장에 {n}개 있음"),
    try_on_out_here: "이 매장에는 재고가 없습니다",
    try_on_nearest_has_it: |s, d| {
        if d.is_empty() {
            format!("{s}에 재고 있음")
        } else {
            format!("{d} 거리의 {s}에 재고 있음")
        }
    },
    try_on_nowhere_else: "지금은 다른 매장에도 재고가 없습니다",
    try_on_remove: "빼기",
    try_on_remove_item: |n| format!("{n} 빼기"),
    try_on_summary: |when, store| format!("{store}, {when}"),
    try_on_book_button: "이 시간으로 예약하기",
    try_on_booking: "예약하는 중…",
    try_on_choose_store_first: "먼저 매장을 선택해 주세요.",
    try_on_choose_time_first: "시간을 선택해 주세요.",
    try_on_slot_full: "방금 그 시간이 마감되었습니다.",
    try_on_next_free: "아래 시간은 아직 예약할 수 있습니다:",
    try_on_no_free_after: "앞으로 2주 동안 그 이후에 예약 가능한 시간이 없습니다. 다른 매장을 선택해 보세요.",
    try_on_title: "피팅 예약",
    try_on_booked_title: "피팅 예약이 완료되었습니다",
    try_on_code_label: "예약 코드",
    try_on_show_code: "매장에 도착하면 카운터에서 이 코드나 QR 코드를 보여 주세요.",
    try_on_qr_alt: |c| format!("예약 코드 {c}의 QR 코드"),
    try_on_when: "일시",
    try_on_where: "장소",
    try_on_add_to_calendar: "캘린더에 추가",
    try_on_items_title: "입어 볼 상품",
    try_on_no_items_booked: "고른 상품이 없습니다. 매장 직원이 입어 볼 상품을 함께 찾아 드립니다.",
    try_on_reschedule: "시간 변경",
    try_on_reschedule_title: "새 시간 선택",
    try_on_move_button: "이 시간으로 변경",
    try_on_moving: "변경하는 중…",
    try_on_keep_time: "기존 시간 유지",
    try_on_moved: |w| format!("피팅 예약이 {w}(으)로 변경되었습니다."),
    try_on_cancel: "예약 취소",
    try_on_cancel_title: "피팅 예약을 취소할까요?",
    try_on_cancel_body: "피팅룸은 다른 고객에게 다시 열립니다.",
    try_on_cancel_yes: "네, 취소합니다",
    try_on_cancel_keep: "아니요, 유지합니다",
    try_on_cancelled_note: "피팅 예약이 취소되었습니다.",
    try_on_my_appointments: "내 피팅 예약",
    try_on_book_another: "다른 피팅 예약하기",
    try_on_none_yet: "예약한 피팅이 없습니다.",
    try_on_item_count: |n| {
        if n == 0 {
            "고른 상품 없음".into()
        } else {
            format!("입어 볼 상품 {n}개")
        }
    },
    try_on_view: "보기",
    try_on_status_booked: "예약됨",
    try_on_status_checked_in: "방문 완료",
    try_on_status_cancelled: "취소됨",
    try_on_status_no_show: "미방문",
    try_on_error: |code| match code {
        "slot_full" => "방금 그 시간이 마감되었습니다. 다른 시간을 선택해 주세요.",
        "store_unavailable" => "이 매장은 피팅 예약을 받지 않습니다. 다른 매장을 선택해 주세요.",
        "invalid_transition" => "이미 시작되었거나 취소·방문 처리된 예약이라 변경할 수 없습니다.",
        "idempotency_key_reused" => "전송 중에 예약 내용이 바뀌었습니다. 다시 예약해 주세요.",
        "not_found" => "피팅 예약을 찾을 수 없습니다. 다른 브라우저에서 예약하셨을 수 있습니다.",
        "unauthorized" => "세션이 만료되었습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.",
        "invalid_input" => "예약 내용이 올바르지 않습니다. 확인 후 다시 시도해 주세요.",
        "rate_limited" => "시도가 너무 많습니다. 잠시 후 다시 시도해 주세요.",
        "limit_exceeded" => "한 사람이 동시에 가질 수 있는 한도를 넘었습니다.",
        _ => "일시적인 오류가 발생했습니다. 다시 시도해 주세요.",
    },
    try_on_field_error: |field| match field {
        "start" => "이미 지났거나 너무 임박한 시간이라 예약할 수 없습니다. 더 늦은 시간을 선택해 주세요.",
        "skus" => "예약할 수 없는 상품이 있습니다. 해당 상품을 빼고 다시 시도해 주세요.",
        "date" => "예약할 수 없는 날짜입니다. 앞으로 14일 중에서 선택해 주세요.",
        _ => "다시 시도해 주세요.",
    },
    nav_pass: "내 패스",
    pass_title: "방문 패스",
    pass_intro: "매장 카운터에서 보여 주세요. 직원이 이 코드로 예약과 피팅 예약을 찾습니다.",
    counter_code: "카운터 코드",
    pass_qr_alt: "카운터 코드 QR",
    new_code: "새 코드 받기",
    new_code_note: "새 코드를 받으면 이전 코드는 더 이상 쓸 수 없습니다.",
    new_code_done: "새 코드가 발급되었습니다. 이전 코드는 더 이상 쓸 수 없습니다.",
    upcoming_visits: "예정된 방문",
    no_upcoming: "예정된 방문이 없습니다.",
    pickup_label: "픽업",
    try_on_label: "피팅",
    lookups_title: "내 패스 조회 기록",
    lookups_intro: "직원이 코드를 조회할 때마다 여기에 기록됩니다.",
    no_lookups: "아직 조회 기록이 없습니다.",
    profile_title: "내 정보 (선택)",
    display_name: "직원이 부를 이름",
    phone: "전화번호",
    save: "저장",
    saved: "저장되었습니다.",
    erase_title: "내 데이터 삭제",
    erase_intro: "패스, 내 정보, 위시리스트, 기록과 조회 기록을 삭제하고 진행 중인 예약과 피팅 예약을 취소합니다.",
    erase_button: "내 데이터 삭제",
    erase_confirm_title: "모두 삭제할까요?",
    erase_confirm_body: "되돌릴 수 없습니다.",
    erase_yes: "네, 삭제합니다",
    erased: "데이터가 삭제되었습니다.",
    offline_copy: "오프라인 상태입니다. 이 기기에 저장된 사본입니다.",
    wishlist_add: "위시리스트에 추가",
    wishlist_remove: "위시리스트에서 삭제",
    wishlist_title: "위시리스트",
    recently_viewed_title: "최근 본 상품",
    code_expires: |t| format!("{t}까지 유효"),
    looked_up_by: |staff, store| format!("{store} {staff}"),
    // -- pass and staff --
    // staff counter
    staff_title: "카운터",
    staff_sign_in_title: "직원 로그인",
    staff_sign_in_intro: "매장 계정으로 로그인하면 방문 패스를 조회하고 예약 상품을 전달할 수 있습니다.",
    staff_username: "아이디",
    staff_password: "비밀번호",
    staff_sign_in: "로그인",
    staff_signing_in: "로그인하는 중…",
    staff_enter_username: "아이디를 입력해 주세요.",
    staff_enter_password: "비밀번호를 입력해 주세요.",
    staff_wrong_credentials: "아이디와 비밀번호가 일치하지 않습니다. 다시 확인해 주세요.",
    staff_session_over: "직원 세션이 종료되었습니다. 계속하려면 다시 로그인해 주세요.",
    staff_signed_out: "로그아웃했습니다.",
    staff_sign_out: "로그아웃",
    staff_signed_in_as: |name| format!("{name} 님 로그인 중"),
    staff_session_ends: |t| format!("세션 종료: {t}"),
    staff_tabs_label: "카운터 화면",
    staff_tab_lookup: "패스 조회",
    staff_tab_queue: "오늘 대기 목록",
    staff_code_label: "방문 패스의 카운터 코드",
    staff_code_hint: "보이는 대로 입력하세요. 대소문자, 띄어쓰기, 하이픈은 상관없습니다.",
    staff_enter_code: "고객의 방문 패스에 있는 코드를 입력해 주세요.",
    staff_look_up: "조회",
    staff_looking_up: "조회하는 중…",
    staff_lookup_recorded: "모든 조회는 기록되며 고객의 패스에 표시됩니다.",
    staff_scan: "패스 스캔",
    staff_stop_scan: "스캔 중지",
    staff_scan_hint: "고객 패스의 QR 코드를 카메라에 비춰 주세요.",
    staff_camera_view: "패스 스캔용 카메라 화면",
    staff_camera_denied: "카메라를 사용할 수 없습니다. 이 페이지에 카메라 권한을 허용하거나 코드를 입력해 주세요.",
    staff_code_not_found: "해당 코드의 유효한 패스가 없습니다. 고객과 코드를 다시 확인하고, 오래된 패스라면 패스를 다시 열어 새 코드를 보여 달라고 요청해 주세요.",
    staff_too_many_tries: |n| format!("시도가 너무 많습니다. {n}초 후에 다시 시도해 주세요."),
    staff_offline: "서버에 연결할 수 없습니다. 태블릿의 인터넷 연결을 확인한 뒤 다시 시도해 주세요.",
    staff_found: |name| format!("{name} 고객 정보를 표시합니다"),
    staff_guest: "손님",
    staff_phone: "전화번호",
    staff_done: "완료 — 화면 지우기",
    staff_reservations: "예약",
    staff_no_reservations: "예약이 없습니다.",
    staff_view_only: |store| format!("{store} · 보기 전용"),
    staff_for_name: |name| format!("{name} 님"),
    staff_mark_ready: "준비 완료로 표시",
    staff_mark_collected: "픽업 완료",
    staff_cancel: "취소",
    staff_cancel_title: "이 예약을 취소할까요?",
    staff_cancel_body: "상품은 다시 판매되며, 고객에게는 예약이 취소된 것으로 표시됩니다.",
    staff_now_ready: |code| format!("예약 {code}: 픽업 준비 완료."),
    staff_now_collected: |code| format!("예약 {code}: 픽업 완료."),
    staff_now_cancelled: |code| format!("예약 {code}: 취소됨. 상품이 다시 판매됩니다."),
    staff_try_ons: "피팅 예약",
    staff_no_try_ons: "피팅 예약이 없습니다.",
    staff_to_try: "입어 볼 상품",
    staff_booking_code: "예약 코드",
    staff_check_in: "체크인",
    staff_no_show: "노쇼",
    staff_now_checked_in: |code| format!("피팅 {code}: 체크인 완료."),
    staff_now_no_show: |code| format!("피팅 {code}: 노쇼 처리됨."),
    staff_appt_booked: "예약됨",
    staff_appt_checked_in: "체크인 완료",
    staff_appt_cancelled: "취소됨",
    staff_appt_no_show: "노쇼",
    staff_changed_meanwhile: "그사이 상태가 바뀌어 처리할 수 없습니다. 지금 보이는 상태가 최신입니다.",
    staff_other_store_only: "다른 매장의 항목입니다. 해당 매장 직원만 변경할 수 있습니다.",
    staff_saved_items: "위시리스트와 최근 본 상품",
    staff_no_saved_items: "저장하거나 본 상품이 아직 없습니다.",
    staff_wishlisted: "위시리스트",
    staff_viewed: "최근 본 상품",
    staff_stock_here: |store| format!("지금 {store} 재고"),
    staff_none_here: "이 매장에는 재고가 없습니다.",
    staff_item: "상품 옵션",
    staff_reserve_here: "이 매장에 예약",
    staff_reserved: |code| format!("고객 예약 완료: 픽업 코드 {code}."),
    staff_queue_title: |store| format!("오늘 {store}"),
    staff_pickups: "전달할 픽업",
    staff_no_pickups: "대기 중인 픽업이 없습니다.",
    staff_try_ons_today: "오늘 피팅 예약",
    staff_no_try_ons_today: "오늘 피팅 예약이 없습니다.",
    staff_refreshes: "10초마다 새로 고칩니다.",
};
