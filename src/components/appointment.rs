//! Try-on pieces shared by the booking page, the appointment page and "My try-ons": the
//! "Book a try-on" link, the day and time pickers, the zone note, the status pill, item rows
//! with stock, the words for errors, and arithmetic on local `YYYY-MM-DD` dates.

use leptos::prelude::*;
use leptos_router::components::A;
use tandem_api::{AppointmentStatus, Slot, SlotFullDetail, Store, TryOnItem, MAX_TRY_ON_ITEMS};

use crate::api::{self, ApiFailure};
use crate::components::stock::LOW_STOCK;
use crate::format;
use crate::i18n::{use_i18n, Lang, Strings};
use crate::state::{self, use_stores};

/// Days ahead a try-on can be booked, today included (the server's default; it re-checks).
pub const BOOKING_DAYS: i64 = 14;
/// Where the items a shopper gathers for a try-on are remembered between product pages.
const DRAFT_KEY: &str = "tandem.try_on";

// ---------------------------------------------------------------------------------------------
// Local dates, as days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithms)

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date, if it is one.
pub fn parse_ymd(s: &str) -> Option<i64> {
    let mut it = s.splitn(3, '-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    if s.len() != 10 || !(1..=12).contains(&m) || d < 1 {
        return None;
    }
    let days = days_from_civil(y, m, d);
    // Rejects the 31st of a 30-day month and the like.
    (civil_from_days(days) == (y, m, d)).then_some(days)
}

/// The `YYYY-MM-DD` date `days` after 1970-01-01.
pub fn ymd(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The weekday of a date, 0 = Monday (as in the API's opening hours).
pub fn weekday(date: &str) -> Option<u8> {
    // 1970-01-01 was a Thursday (3).
    parse_ymd(date).map(|d| (d + 3).rem_euclid(7) as u8)
}

/// The bookable dates from a store's `today`, in order.
pub fn bookable_dates(today: &str) -> Vec<String> {
    parse_ymd(today)
        .map(|first| (0..BOOKING_DAYS).map(|n| ymd(first + n)).collect())
        .unwrap_or_default()
}

/// Whether the store is closed all day on `date` (no hours that weekday, or a closure).
pub fn closed_on(store: &Store, date: &str) -> bool {
    let open_weekday = weekday(date).is_some_and(|w| store.hours.iter().any(|h| h.weekday == w));
    !open_weekday || store.closures.iter().any(|c| c.date == date)
}

/// The local date of an instant in a zone, via the zone's offset from `Intl`.
pub fn local_date_of(rfc3339: &str, zone: &str) -> String {
    let ms = format::parse_ms(rfc3339);
    let local = ms + f64::from(format::zone_offset_minutes(zone, ms)) * 60_000.0;
    ymd((local / 86_400_000.0).floor() as i64)
}

// ---------------------------------------------------------------------------------------------
// Items gathered for a try-on

/// SKUs from the `sku` query value (comma-separated), without repeats, at most the limit.
pub fn parse_skus(value: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if !out.iter().any(|o| o == s) && out.len() < MAX_TRY_ON_ITEMS {
            out.push(s.to_string());
        }
    }
    out
}

/// The items gathered so far on this device.
pub fn draft() -> Vec<String> {
    parse_skus(&state::load(DRAFT_KEY).unwrap_or_default())
}

/// Remembers the items gathered (an empty list forgets them).
pub fn save_draft(skus: &[String]) {
    let value = skus.join(",");
    state::save(DRAFT_KEY, (!value.is_empty()).then_some(value.as_str()));
}

/// `list` with `sku` added at the end (the newest is kept when the list is full).
pub fn with_sku(list: &[String], sku: &str) -> Vec<String> {
    let mut out: Vec<String> = list.iter().filter(|s| *s != sku).cloned().collect();
    out.push(sku.to_string());
    let extra = out.len().saturating_sub(MAX_TRY_ON_ITEMS);
    out.drain(..extra);
    out
}

/// The booking page's address for a store, date and items: what a shopper would share.
pub fn book_href(store: Option<&str>, date: Option<&str>, skus: &[String]) -> String {
    let mut parts = Vec::new();
    if let Some(s) = store.filter(|s| !s.is_empty()) {
        parts.push(format!("store={}", api::encode(s)));
    }
    if let Some(d) = date.filter(|d| !d.is_empty()) {
        parts.push(format!("date={}", api::encode(d)));
    }
    if !skus.is_empty() {
        parts.push(format!("sku={}", api::encode(&skus.join(","))));
    }
    if parts.is_empty() {
        "/book".into()
    } else {
        format!("/book?{}", parts.join("&"))
    }
}

// ---------------------------------------------------------------------------------------------
// Words

/// The status in words.
pub fn status_text(s: AppointmentStatus, t: &Strings) -> &'static str {
    match s {
        AppointmentStatus::Booked => t.try_on_status_booked,
        AppointmentStatus::CheckedIn => t.try_on_status_checked_in,
        AppointmentStatus::Cancelled => t.try_on_status_cancelled,
        AppointmentStatus::NoShow => t.try_on_status_no_show,
    }
}

/// The status's wire name (a CSS class and a test hook).
pub fn status_key(s: AppointmentStatus) -> &'static str {
    match s {
        AppointmentStatus::Booked => "booked",
        AppointmentStatus::CheckedIn => "checked_in",
        AppointmentStatus::Cancelled => "cancelled",
        AppointmentStatus::NoShow => "no_show",
    }
}

/// What went wrong, in the shopper's language, by error code and field.
pub fn failure_text(f: &ApiFailure, t: &Strings) -> String {
    if let ApiFailure::Api { error, .. } = f {
        if let Some(fields) = &error.fields {
            if let Some(field) = ["start", "skus", "date", "idempotency_key"]
                .into_iter()
                .find(|k| fields.contains_key(*k))
            {
                return (t.try_on_field_error)(field).to_string();
            }
        }
    }
    match f.code() {
        "network" => t.network_error.to_string(),
        code => (t.try_on_error)(code).to_string(),
    }
}

/// Whether the failure names `field`.
pub fn names_field(f: &ApiFailure, field: &str) -> bool {
    matches!(f, ApiFailure::Api { error, .. } if error.fields.as_ref().is_some_and(|m| m.contains_key(field)))
}

/// The free slots a `slot_full` error offers instead.
pub fn next_free(f: &ApiFailure) -> Option<Vec<Slot>> {
    match f {
        ApiFailure::Api { error, .. } if error.code == tandem_api::codes::SLOT_FULL => Some(
            error
                .detail
                .clone()
                .and_then(|d| serde_json::from_value::<SlotFullDetail>(d).ok())
                .unwrap_or_default()
                .next_free,
        ),
        _ => None,
    }
}

/// A time zone as a place, for "Paris time": the zone's city, in Korean when one of the
/// stores is in that city (the app ships no zone-name tables).
pub fn zone_place(zone: &str, stores: &[Store], lang: Lang) -> String {
    let city = zone.rsplit('/').next().unwrap_or(zone).replace('_', " ");
    stores
        .iter()
        .find(|s| s.city.en == city)
        .map(|s| lang.pick(&s.city))
        .unwrap_or(city)
}

/// Start–end of a slot in the store's zone, e.g. "14:00–14:30".
pub fn time_range(start: &str, end: &str, zone: &str, lang: Lang) -> String {
    format!(
        "{}–{}",
        format::time_in(start, zone, lang),
        format::time_in(end, zone, lang)
    )
}

// ---------------------------------------------------------------------------------------------
// Components

/// The status as a coloured pill.
#[component]
pub fn TryOnStatusPill(
    /// The status.
    #[prop(into)]
    status: Signal<AppointmentStatus>,
    /// Test id.
    #[prop(default = "appointment-status")]
    testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=move || format!("status-pill {}", status_key(status.get()))
            data-testid=testid data-status=move || status_key(status.get())>
            {move || status_text(status.get(), i18n.t())}
        </span>
    }
}

/// "Book a try-on" on the product page: the selected variant joins the items gathered so
/// far, at the shopper's store when it has fitting rooms.
#[component]
pub fn BookTryOnLink(
    /// The selected SKU.
    #[prop(into)]
    sku: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let location = crate::state::location::use_location();
    let href = move || {
        let store = location
            .preferred_store()
            .filter(|id| stores.find(id).is_some_and(|s| s.fitting_rooms > 0));
        book_href(store.as_deref(), None, &with_sku(&draft(), &sku.get()))
    };
    view! {
        <p class="book-try-on">
            <A href=href attr:class="button secondary" attr:data-testid="book-try-on">
                {move || i18n.t().book_try_on}
            </A>
        </p>
    }
}

/// "Book a try-on" on a store card; nothing for a store without fitting rooms.
#[component]
pub fn BookAtStoreLink(
    /// The store.
    store: Store,
) -> impl IntoView {
    let i18n = use_i18n();
    (store.fitting_rooms > 0).then(|| {
        let href = book_href(Some(&store.id), None, &draft());
        let name = store.name.clone();
        view! {
            <p>
                <A href=href attr:class="button secondary" attr:data-testid=format!("book-at-{}", store.id)
                    attr:aria-label=move || (i18n.t().try_on_book_at)(&i18n.lang().pick(&name))>
                    {move || i18n.t().book_try_on}
                </A>
            </p>
        }
    })
}

/// Says which zone times are in and, when the browser is elsewhere, how far apart they are.
#[component]
pub fn ZoneNote(
    /// The store's IANA zone.
    #[prop(into)]
    time_zone: Signal<String>,
    /// The zone's abbreviation at that time (from the server, e.g. `CET`).
    #[prop(into)]
    abbreviation: Signal<String>,
    /// The instant the note is about (ms since the epoch); offsets differ across DST.
    #[prop(into)]
    at_ms: Signal<f64>,
    /// Test id.
    testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let browser = format::browser_time_zone();
    let text = move || {
        let zone = time_zone.get();
        if zone.is_empty() {
            return String::new();
        }
        let at = at_ms.get();
        let diff = if zone == browser {
            0
        } else {
            format::zone_offset_minutes(&zone, at) - format::zone_offset_minutes(&browser, at)
        };
        let place = zone_place(&zone, &stores.list(), i18n.lang());
        (i18n.t().try_on_zone_note)(&place, &abbreviation.get(), diff)
    };
    view! { <p class="muted zone-note" data-testid=testid>{text}</p> }
}

/// Days and times of one store: a list of day buttons and a group of time buttons, both with
/// `aria-pressed`; times show the places left; a polite line announces what was found.
#[component]
pub fn SlotChooser(
    /// The store (one with fitting rooms).
    #[prop(into)]
    store: Signal<Store>,
    /// The chosen local date `YYYY-MM-DD`.
    date: RwSignal<String>,
    /// The chosen slot.
    selected: RwSignal<Option<Slot>>,
    /// Changes whenever the slots should be fetched again (after a booking attempt).
    #[prop(into)]
    reload: Signal<u32>,
    /// The slot the shopper already has (when rescheduling): shown, not choosable.
    #[prop(into, optional)]
    current: MaybeProp<String>,
    /// A problem with the chosen time, tied to the group.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Prefix of element ids and test ids, unique on the page.
    prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let day = LocalResource::new(move || {
        let id = store.with(|s| s.id.clone());
        let d = date.get();
        reload.track();
        async move {
            if d.is_empty() {
                None
            } else {
                Some(api::slots(&id, &d).await)
            }
        }
    });
    let dates = move || store.with(|s| bookable_dates(&s.today.date));
    let choose_date = move |d: String| {
        if date.get_untracked() != d {
            selected.set(None);
            date.set(d);
        }
    };
    let day_label = format!("{prefix}-days-label");
    let slots_label = format!("{prefix}-slots-label");
    let slots_error = format!("{prefix}-slots-error");
    let date_buttons = move || {
        let lang = i18n.lang();
        let t = i18n.t();
        let s = store.get();
        dates()
            .into_iter()
            .map(|d| {
                let closed = closed_on(&s, &d);
                let label = if d == s.today.date {
                    format!("{} · {}", t.today, format::short_date(&d, lang))
                } else {
                    format::short_date(&d, lang)
                };
                let pressed = {
                    let d = d.clone();
                    move || (date.get() == d).to_string()
                };
                let pick = {
                    let d = d.clone();
                    move |_| choose_date(d.clone())
                };
                view! {
                    <li>
                        <button type="button" class="chip" data-testid=format!("{prefix}-date-{d}")
                            aria-pressed=pressed data-closed=closed.to_string() on:click=pick>
                            {label}
                            {closed.then(|| view! { <small class="muted">" · "{t.try_on_closed_day}</small> })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let zone = Signal::derive(move || store.with(|s| s.time_zone.clone()));
    let next_day = move || {
        let d = date.get();
        dates().into_iter().skip_while(|x| *x != d).nth(1)
    };
    let slot_buttons = move |slots: Vec<Slot>| {
        let lang = i18n.lang();
        let t = i18n.t();
        let zone = zone.get();
        slots
            .into_iter()
            .map(|slot| {
                let mine = current.get().is_some_and(|c| format::parse_ms(&c) == format::parse_ms(&slot.start));
                let full = slot.remaining == 0;
                let testid = format!("{prefix}-slot-{}", slot.local_start.replace(':', ""));
                let label = format::time_in(&slot.start, &zone, lang);
                let places = if mine {
                    t.try_on_your_time.to_string()
                } else if full {
                    t.try_on_full.to_string()
                } else {
                    (t.try_on_places_left)(slot.remaining)
                };
                let start = slot.start.clone();
                let pressed = move || selected.with(|s| s.as_ref().is_some_and(|s| s.start == start)).to_string();
                let s2 = slot.clone();
                view! {
                    <li>
                        <button type="button" class="slot" data-testid=testid data-start=slot.start.clone()
                            data-remaining=slot.remaining.to_string() aria-pressed=pressed
                            disabled=full || mine on:click=move |_| selected.set(Some(s2.clone()))>
                            <span>{label}</span>
                            <small>{places}</small>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    // What the polite region says once a day's slots are in.
    let status = move || {
        let t = i18n.t();
        let lang = i18n.lang();
        match day.get() {
            Some(Some(Ok(d))) => {
                let free = d.slots.iter().filter(|s| s.remaining > 0).count() as u32;
                if d.closed {
                    t.try_on_day_closed.to_string()
                } else {
                    (t.try_on_slots_found)(free, &format::local_date(&d.date, lang))
                }
            }
            Some(Some(Err(e))) => failure_text(&e, t),
            _ => String::new(),
        }
    };
    let body = move || {
        let t = i18n.t();
        match day.get() {
            None | Some(None) => view! { <p class="loading">{t.loading}</p> }.into_any(),
            Some(Some(Err(e))) => view! {
                <p class="form-error" role="alert" data-testid=format!("{prefix}-slots-failed")>{failure_text(&e, t)}</p>
                <button type="button" class="button secondary" on:click=move |_| day.refetch()>{t.retry}</button>
            }
            .into_any(),
            Some(Some(Ok(d))) if d.slots.is_empty() => {
                let words = if d.closed { t.try_on_day_closed } else { t.try_on_day_none_left };
                view! {
                    <p class="notice" data-testid=format!("{prefix}-no-slots")>
                        {words}
                        {next_day().map(|n| {
                            let n2 = n.clone();
                            view! {
                                <button type="button" class="link-button" data-testid=format!("{prefix}-next-day")
                                    on:click=move |_| choose_date(n2.clone())>
                                    {(t.try_on_see_day)(&format::short_date(&n, i18n.lang()))}
                                </button>
                            }
                        })}
                    </p>
                }
                .into_any()
            }
            Some(Some(Ok(d))) => {
                let abbreviation = d.zone_abbreviation.clone();
                let at = d.slots.first().map(|s| format::parse_ms(&s.start)).unwrap_or_else(format::now_ms);
                view! {
                    <ZoneNote time_zone=zone abbreviation=abbreviation at_ms=at testid="slots-zone-note"/>
                    <ul class="slot-grid" data-testid=format!("{prefix}-slots")>{slot_buttons(d.slots)}</ul>
                }
                .into_any()
            }
        }
    };
    let has_error = move || error.get().is_some();
    let (group_label, group_error) = (slots_label.clone(), slots_error.clone());
    let legend_id = day_label.clone();
    view! {
        <fieldset class="slot-chooser">
            <legend id=legend_id>{move || i18n.t().try_on_choose_day}</legend>
            <div class="chips">
                <ul aria-labelledby=day_label data-testid=format!("{prefix}-dates")>{date_buttons}</ul>
            </div>
        </fieldset>
        <div class="slot-chooser" role="group" aria-labelledby=group_label
            aria-describedby=group_error aria-invalid=move || has_error().then_some("true")>
            <h3 id=slots_label>
                {move || (i18n.t().try_on_times_on)(&format::local_date(&date.get(), i18n.lang()))}
            </h3>
            {body}
            <p id=slots_error class="field-error" data-testid=format!("{prefix}-slot-error")>
                {move || error.get()}
            </p>
        </div>
        <p class="visually-hidden" aria-live="polite" data-testid=format!("{prefix}-slots-status")>{status}</p>
    }
}

/// The next free slots after a full one, as buttons that choose them.
#[component]
pub fn NextFree(
    /// The alternatives (may be empty).
    slots: Vec<Slot>,
    /// The store's zone.
    zone: String,
    /// Called with the chosen slot.
    #[prop(into)]
    on_pick: Callback<Slot>,
    /// Prefix of test ids.
    prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let empty = slots.is_empty();
    let buttons = slots
        .into_iter()
        .enumerate()
        .map(|(i, slot)| {
            let zone = zone.clone();
            let start = slot.start.clone();
            let remaining = slot.remaining;
            let label = move || {
                let lang = i18n.lang();
                format!(
                    "{} {}",
                    format::short_date(&local_date_of(&start, &zone), lang),
                    format::time_in(&start, &zone, lang)
                )
            };
            view! {
                <li>
                    <button type="button" class="slot" data-testid=format!("{prefix}-next-free-{i}")
                        data-start=slot.start.clone() on:click=move |_| on_pick.run(slot.clone())>
                        <span>{label}</span>
                        <small>{move || (i18n.t().try_on_places_left)(remaining)}</small>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="notice warning" role="alert" data-testid=format!("{prefix}-slot-full")>
            <p>
                <strong>{move || i18n.t().try_on_slot_full}</strong>" "
                {move || if empty { i18n.t().try_on_no_free_after } else { i18n.t().try_on_next_free }}
            </p>
            <ul class="slot-grid">{buttons}</ul>
        </div>
    }
}

/// One item to try, with its stock at the store; out of stock there, it names the nearest
/// store that has it (the availability endpoint, sorted from this store's position).
#[component]
pub fn TryOnItemRow(
    /// The item.
    item: TryOnItem,
    /// The store of the try-on, when chosen.
    store: Option<Store>,
    /// Removes the item (the booking page only).
    #[prop(optional, into)]
    on_remove: Option<Callback<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let TryOnItem {
        sku,
        product,
        name,
        size,
        colour,
        available,
    } = item;
    let variant = move || {
        let lang = i18n.lang();
        [colour.as_ref().map(|c| lang.pick(&c.name)), size.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let out_here = store.is_some() && available == 0;
    // Only an item missing here needs the other stores' stock.
    let nearest = LocalResource::new({
        let product = product.clone();
        let sku = sku.clone();
        let here = store.clone().filter(|_| out_here);
        move || {
            let product = product.clone();
            let sku = sku.clone();
            let here = here.clone();
            async move {
                let here = here?;
                let a = api::availability(&product, Some((here.lat, here.lng)))
                    .await
                    .ok()?;
                a.stores
                    .into_iter()
                    .filter(|s| s.store_id != here.id)
                    .find(|s| s.stock.iter().any(|k| k.sku == sku && k.available > 0))
                    .map(|s| (s.store_id, s.distance_m))
            }
        }
    });
    let has_store = store.is_some();
    let stock_sku = sku.clone();
    let stock_line = move || {
        let t = i18n.t();
        let lang = i18n.lang();
        if !has_store {
            return None;
        }
        let testid = format!("item-stock-{stock_sku}");
        Some(if available > 0 {
            let class = if available <= LOW_STOCK {
                "item-stock stock-low"
            } else {
                "item-stock stock-plenty"
            };
            view! { <span class=class data-testid=testid>{(t.try_on_in_stock_here)(available)}</span> }
                .into_any()
        } else {
            let elsewhere = match nearest.get() {
                Some(Some((id, d))) => {
                    let name = stores
                        .find(&id)
                        .map(|s| lang.pick(&s.name))
                        .unwrap_or_else(|| id.clone());
                    let distance = d.map(|m| format::distance(m, lang)).unwrap_or_default();
                    (t.try_on_nearest_has_it)(&name, &distance)
                }
                Some(None) => t.try_on_nowhere_else.to_string(),
                None => String::new(),
            };
            view! {
                <span class="item-stock stock-none" data-testid=testid data-out="true">
                    {t.try_on_out_here}
                    <span data-testid=format!("item-nearest-{stock_sku}")>
                        {(!elsewhere.is_empty()).then(|| format!(" · {elsewhere}"))}
                    </span>
                </span>
            }
            .into_any()
        })
    };
    let href = format!("/products/{product}?sku={}", api::encode(&sku));
    let label_name = name.clone();
    let remove = on_remove.map(|remove| {
        let sku = sku.clone();
        view! {
            <button type="button" class="link-button" data-testid=format!("remove-item-{sku}")
                aria-label=move || (i18n.t().try_on_remove_item)(&i18n.lang().pick(&label_name))
                on:click=move |_| remove.run(sku.clone())>
                {move || i18n.t().try_on_remove}
            </button>
        }
    });
    view! {
        <li class="try-on-item" data-testid=format!("try-on-item-{sku}")>
            <span class="try-on-item-name">
                <A href=href>{move || i18n.lang().pick(&name)}</A>
                <span class="muted">" "{variant}</span>
            </span>
            " "
            {stock_line}
            " "
            {remove}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        assert_eq!(parse_ymd("1970-01-01"), Some(0));
        assert_eq!(ymd(parse_ymd("2026-12-04").unwrap()), "2026-12-04");
        assert_eq!(weekday("2026-12-04"), Some(4), "a Friday");
        assert_eq!(weekday("2027-03-28"), Some(6), "a Sunday");
        assert_eq!(parse_ymd("2026-02-29"), None);
        assert_eq!(
            parse_ymd("2028-02-29").map(ymd).as_deref(),
            Some("2028-02-29")
        );
        assert_eq!(parse_ymd("2026-12-4"), None);
        assert_eq!(parse_ymd("2026-13-01"), None);
    }

    #[test]
    fn fourteen_bookable_days_across_the_year_end() {
        let d = bookable_dates("2026-12-25");
        assert_eq!(d.len(), 14);
        assert_eq!(d[0], "2026-12-25");
        assert_eq!(d[7], "2027-01-01");
        assert_eq!(d[13], "2027-01-07");
        assert!(bookable_dates("soon").is_empty());
    }

    #[test]
    fn items_are_unique_capped_and_newest_kept() {
        assert_eq!(parse_skus(" A,B,,A , C"), ["A", "B", "C"]);
        let six: Vec<String> = (1..=6).map(|i| format!("S{i}")).collect();
        let seven = with_sku(&six, "NEW");
        assert_eq!(seven.len(), MAX_TRY_ON_ITEMS);
        assert_eq!(seven.last().unwrap(), "NEW");
        assert_eq!(seven[0], "S2");
        assert_eq!(
            with_sku(&["A".to_string(), "B".to_string()], "A"),
            ["B", "A"]
        );
    }
}
