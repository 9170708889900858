//! The staff counter's pieces: the desk context (who is signed in, the shopper at the
//! counter, today's queue, the polite announcer), reservation and try-on cards with their
//! hand-over steps, a saved item with this store's stock and a reserve form, and the visit
//! pass scanner.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tandem_api::{
    Appointment, AppointmentStatus, Availability, CounterReservation, Customer, LineRequest,
    Product, Reservation, ReservationStatus, StaffMe, StoreQueue, Variant, MAX_QTY_PER_LINE,
};
use wasm_bindgen::{JsCast, JsValue};

use crate::api::{self, ApiFailure, AppointmentStep, ReservationStep};
use crate::components::common::Price;
use crate::components::dialog::ConfirmDialog;
use crate::components::reservation::status_text;
use crate::components::stock::{stock_text, LOW_STOCK};
use crate::format;
use crate::i18n::{use_i18n, Lang, Strings};
use crate::state::use_stores;

/// The shopper at the counter: the code they showed and what the look-up returned.
#[derive(Clone, Debug, PartialEq)]
pub struct Served {
    /// The counter code as typed or scanned (the server normalises it).
    pub code: String,
    /// The shopper.
    pub customer: Customer,
}

/// The counter's shared state, provided by the staff page to everything on it.
#[derive(Clone, Copy)]
pub struct Desk {
    /// The signed-in staff member.
    pub me: StoredValue<StaffMe>,
    /// The shopper being served, if any.
    pub served: RwSignal<Option<Served>>,
    /// Today's queue at this store, once loaded.
    pub queue: RwSignal<Option<StoreQueue>>,
    /// Bumped every few seconds and after every action: the queue and stock re-fetch.
    pub refresh: RwSignal<u32>,
    /// Text of the polite live region that reports what an action did.
    pub announcement: RwSignal<String>,
    /// Called when the staff session has ended (any 401).
    pub session_over: Callback<()>,
}

impl Desk {
    /// A desk for `me`; `session_over` runs when the server no longer knows the session.
    pub fn new(me: StaffMe, session_over: Callback<()>) -> Self {
        Self {
            me: StoredValue::new(me),
            served: RwSignal::new(None),
            queue: RwSignal::new(None),
            refresh: RwSignal::new(0),
            announcement: RwSignal::new(String::new()),
            session_over,
        }
    }

    /// The store this staff member acts for.
    pub fn store_id(&self) -> String {
        self.me.with_value(|m| m.store_id.clone())
    }

    /// Says `text` in the polite live region.
    pub fn announce(&self, text: String) {
        self.announcement.try_set(text);
    }

    /// Asks the queue and the stock counts to re-fetch now.
    pub fn refresh_now(&self) {
        self.refresh.try_update(|n| *n = n.wrapping_add(1));
    }

    /// True (and the desk signs out) when `e` says the staff session is gone.
    pub fn session_ended(&self, e: &ApiFailure) -> bool {
        let over = matches!(e, ApiFailure::Api { status: 401, .. });
        if over {
            self.session_over.try_run(());
        }
        over
    }

    /// Puts a changed reservation in place wherever it is shown (the data stays as it is
    /// rather than looking the shopper up again, which would add to their audit log).
    pub fn apply_reservation(&self, r: &Reservation) {
        self.served.try_update(|s| {
            if let Some(x) = s
                .as_mut()
                .and_then(|s| s.customer.reservations.iter_mut().find(|x| x.id == r.id))
            {
                *x = r.clone();
            }
        });
        self.queue.try_update(|q| {
            if let Some(x) = q
                .as_mut()
                .and_then(|q| q.reservations.iter_mut().find(|x| x.id == r.id))
            {
                *x = r.clone();
            }
        });
        self.refresh_now();
    }

    /// Adds a reservation just made for the shopper at the top of their list.
    pub fn add_reservation(&self, r: Reservation) {
        self.served.try_update(|s| {
            if let Some(s) = s.as_mut() {
                s.customer.reservations.retain(|x| x.id != r.id);
                s.customer.reservations.insert(0, r);
            }
        });
        self.refresh_now();
    }

    /// Sets a reservation's status as the server reported it in a refused step.
    fn set_reservation_status(&self, id: &str, status: ReservationStatus) {
        let found = self.served.with_untracked(|s| {
            s.as_ref()
                .and_then(|s| s.customer.reservations.iter().find(|x| x.id == id).cloned())
        });
        let found = found.or_else(|| {
            self.queue.with_untracked(|q| {
                q.as_ref()
                    .and_then(|q| q.reservations.iter().find(|x| x.id == id).cloned())
            })
        });
        if let Some(mut r) = found {
            r.status = status;
            self.apply_reservation(&r);
        }
    }

    /// Puts a changed appointment in place wherever it is shown.
    pub fn apply_appointment(&self, a: &Appointment) {
        self.served.try_update(|s| {
            if let Some(x) = s
                .as_mut()
                .and_then(|s| s.customer.appointments.iter_mut().find(|x| x.id == a.id))
            {
                *x = a.clone();
            }
        });
        self.queue.try_update(|q| {
            if let Some(x) = q
                .as_mut()
                .and_then(|q| q.appointments.iter_mut().find(|x| x.id == a.id))
            {
                *x = a.clone();
            }
        });
        self.refresh_now();
    }
}

/// The desk context; panics outside the staff page, which always provides it.
pub fn use_desk() -> Desk {
    expect_context::<Desk>()
}

/// Words for a failed counter step.
pub fn step_error_text(e: &ApiFailure, t: &Strings) -> String {
    match e {
        ApiFailure::Network => t.staff_offline.to_string(),
        ApiFailure::Api { error, .. } => match error.code.as_str() {
            "invalid_transition" => t.staff_changed_meanwhile.to_string(),
            "forbidden" => t.staff_other_store_only.to_string(),
            code => (t.error_code)(code).to_string(),
        },
    }
}

/// A store's name in `lang`, or its id while the store list loads.
fn store_name(id: &str, lang: Lang) -> String {
    use_stores()
        .find(id)
        .map(|s| lang.pick(&s.name))
        .unwrap_or_else(|| id.to_string())
}

/// A store's IANA zone (UTC until the store list is in).
fn store_zone(id: &str) -> String {
    use_stores()
        .find(id)
        .map(|s| s.time_zone)
        .unwrap_or_else(|| "UTC".into())
}

/// The local `YYYY-MM-DD` of an instant in `zone`, without zone tables (via `Intl`).
pub fn local_ymd(rfc3339: &str, zone: &str) -> String {
    let ms = format::parse_ms(rfc3339);
    if !ms.is_finite() {
        return String::new();
    }
    let local = ms + f64::from(format::zone_offset_minutes(zone, ms)) * 60_000.0;
    let iso = String::from(js_sys::Date::new(&JsValue::from_f64(local)).to_iso_string());
    iso.get(..10).unwrap_or_default().to_string()
}

/// "Oat · M"; the SKU when the variant has neither colour nor size.
pub fn variant_label(v: &Variant, lang: Lang) -> String {
    let parts: Vec<String> = [
        v.colour.as_ref().map(|c| lang.pick(&c.name)),
        v.size.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        v.sku.clone()
    } else {
        parts.join(" · ")
    }
}

/// One reservation at the counter: status, pickup code, lines, ready-by in its store's
/// zone, and — for this store's open ones — the hand-over steps.
#[component]
pub fn StaffReservationCard(
    /// The reservation.
    reservation: Reservation,
    /// Prefix of every test id in the card ("" in the shopper view, "queue-" in the queue).
    #[prop(optional, into)]
    prefix: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let desk = use_desk();
    let r = StoredValue::new(reservation);
    let (id, code, status, store_id) = r.with_value(|r| {
        (
            r.id.clone(),
            r.pickup_code.clone(),
            r.status,
            r.store_id.clone(),
        )
    });
    let mine = store_id == desk.store_id();
    let actionable = mine && status.is_open();
    let error = RwSignal::new(None::<ApiFailure>);
    let confirm = RwSignal::new(false);

    let action_id = id.clone();
    let step = Action::new_local(move |s: &ReservationStep| {
        let id = action_id.clone();
        let s = *s;
        async move { api::staff_reservation_step(&id, s).await }
    });
    let effect_id = id.clone();
    let effect_code = code.clone();
    Effect::new(move |_| {
        let Some(result) = step.value().get() else {
            return;
        };
        let t = i18n.lang.get_untracked().strings();
        match result {
            Ok(updated) => {
                error.set(None);
                let said = match updated.status {
                    ReservationStatus::Ready => (t.staff_now_ready)(&effect_code),
                    ReservationStatus::Collected => (t.staff_now_collected)(&effect_code),
                    ReservationStatus::Cancelled => (t.staff_now_cancelled)(&effect_code),
                    other => status_text(other, t).to_string(),
                };
                desk.announce(said);
                desk.apply_reservation(&updated);
            }
            Err(e) => {
                if desk.session_ended(&e) {
                    return;
                }
                let now = match &e {
                    ApiFailure::Api { error, .. } if error.code == "invalid_transition" => error
                        .detail
                        .as_ref()
                        .and_then(|d| serde_json::from_value(d["status"].clone()).ok()),
                    _ => None,
                };
                desk.announce(step_error_text(&e, t));
                match now {
                    // Someone else moved it on: show where it is now.
                    Some(s) => desk.set_reservation_status(&effect_id, s),
                    None => {
                        error.set(Some(e));
                        desk.refresh_now();
                    }
                }
            }
        }
    });

    // The store list may still be loading: the zone follows it.
    let store_of = StoredValue::new(store_id.clone());
    let zone = move || store_of.with_value(|id| store_zone(id));
    let other_store = (!mine).then(|| store_id.clone());
    let lines = r.with_value(|r| r.lines.clone());
    let contact = r.with_value(|r| r.contact.name.clone());
    let status_class = format!("status-pill {}", format!("{status:?}").to_lowercase());
    let pending = move || step.pending().get();
    let t_id = |what: &str| format!("{prefix}{what}-{id}");
    let (ready_tid, collect_tid, cancel_tid, dialog_tid) = (
        t_id("res-ready"),
        t_id("res-collect"),
        t_id("res-cancel"),
        t_id("res-cancel-dialog"),
    );

    view! {
        <li class="card visit" data-testid=t_id("staff-reservation") data-status=format!("{status:?}").to_lowercase()
            data-mine=mine.to_string()>
            <span class=status_class data-testid=t_id("res-status")>{move || status_text(status, i18n.t())}</span>
            {other_store.map(|s| view! {
                <p class="muted" data-testid=t_id("res-other-store")>{move || (i18n.t().staff_view_only)(&store_name(&s, i18n.lang()))}</p>
            })}
            <p class="muted">{move || i18n.t().pickup_code}</p>
            <p class="code small" data-testid=t_id("res-code")>{code.clone()}</p>
            {contact.map(|n| view! { <p>{move || (i18n.t().staff_for_name)(&n)}</p> })}
            <ul class="line-items">
                {lines.into_iter().map(|l| {
                    let name = l.name.clone();
                    let variant = move || {
                        let lang = i18n.lang();
                        [l.colour.as_ref().map(|c| lang.pick(&c.name)), l.size.clone()]
                            .into_iter().flatten().collect::<Vec<_>>().join(" · ")
                    };
                    view! {
                        <li>
                            <strong>{move || i18n.lang().pick(&name)}</strong>
                            <span class="muted">{variant}" × "{l.qty}</span>
                            <Price money=l.price.clone()/>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="muted">
                {move || i18n.t().ready_by}": "
                {move || r.with_value(|r| format::date_time_in(&r.ready_by, &zone(), i18n.lang()))}
            </p>
            {status.is_open().then(|| view! {
                <p class="muted">
                    {move || i18n.t().held_until}": "
                    {move || r.with_value(|r| format::date_time_in(&r.hold_until, &zone(), i18n.lang()))}
                </p>
            })}
            {actionable.then(|| view! {
                <div class="actions">
                    {(status == ReservationStatus::Held).then(|| view! {
                        <button type="button" class="button secondary" data-testid=ready_tid
                            disabled=pending on:click=move |_| { step.dispatch(ReservationStep::Ready); }>
                            {move || i18n.t().staff_mark_ready}
                        </button>
                    })}
                    <button type="button" class="button" data-testid=collect_tid
                        disabled=pending on:click=move |_| { step.dispatch(ReservationStep::Collect); }>
                        {move || i18n.t().staff_mark_collected}
                    </button>
                    <button type="button" class="button danger secondary" data-testid=cancel_tid
                        disabled=pending on:click=move |_| confirm.set(true)>
                        {move || i18n.t().staff_cancel}
                    </button>
                </div>
                <ConfirmDialog
                    open=confirm
                    title=Signal::derive(move || i18n.t().staff_cancel_title.to_string())
                    body=Signal::derive(move || i18n.t().staff_cancel_body.to_string())
                    confirm_label=Signal::derive(move || i18n.t().yes_cancel.to_string())
                    cancel_label=Signal::derive(move || i18n.t().keep_it.to_string())
                    on_confirm=move |_| { step.dispatch(ReservationStep::Cancel); }
                    testid=dialog_tid
                />
            })}
            {move || error.get().map(|e| view! {
                <p class="form-error" role="alert">{step_error_text(&e, i18n.t())}</p>
            })}
        </li>
    }
}

/// A try-on status in words.
pub fn appointment_status_text(s: AppointmentStatus, t: &Strings) -> &'static str {
    match s {
        AppointmentStatus::Booked => t.staff_appt_booked,
        AppointmentStatus::CheckedIn => t.staff_appt_checked_in,
        AppointmentStatus::Cancelled => t.staff_appt_cancelled,
        AppointmentStatus::NoShow => t.staff_appt_no_show,
    }
}

fn appointment_status_class(s: AppointmentStatus) -> String {
    format!("status-pill {}", appointment_status_slug(s))
}

/// The status as the API spells it (`checked_in`), for styling and tests.
fn appointment_status_slug(s: AppointmentStatus) -> &'static str {
    match s {
        AppointmentStatus::Booked => "booked",
        AppointmentStatus::CheckedIn => "checked_in",
        AppointmentStatus::Cancelled => "cancelled",
        AppointmentStatus::NoShow => "no_show",
    }
}

/// One try-on at the counter: when (in its store's zone, named), what to try with the stock
/// there, and — for this store's booked ones — check-in, and no-show once the slot began.
#[component]
pub fn StaffAppointmentCard(
    /// The appointment.
    appointment: Appointment,
    /// Prefix of every test id in the card ("" in the shopper view, "queue-" in the queue).
    #[prop(optional, into)]
    prefix: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let desk = use_desk();
    let a = StoredValue::new(appointment);
    let (id, code, status, store_id, start) = a.with_value(|a| {
        (
            a.id.clone(),
            a.booking_code.clone(),
            a.status,
            a.store_id.clone(),
            a.start.clone(),
        )
    });
    let mine = store_id == desk.store_id();
    let booked_here = mine && status == AppointmentStatus::Booked;
    // No-show only once the slot has begun; re-checked on every desk refresh.
    let start_ms = format::parse_ms(&start);
    let started = move || {
        desk.refresh.track();
        start_ms <= format::now_ms()
    };
    let error = RwSignal::new(None::<ApiFailure>);

    let action_id = id.clone();
    let step = Action::new_local(move |s: &AppointmentStep| {
        let id = action_id.clone();
        let s = *s;
        async move { api::staff_appointment_step(&id, s).await }
    });
    let effect_code = code.clone();
    Effect::new(move |_| {
        let Some(result) = step.value().get() else {
            return;
        };
        let t = i18n.lang.get_untracked().strings();
        match result {
            Ok(updated) => {
                error.set(None);
                let said = match updated.status {
                    AppointmentStatus::CheckedIn => (t.staff_now_checked_in)(&effect_code),
                    AppointmentStatus::NoShow => (t.staff_now_no_show)(&effect_code),
                    other => appointment_status_text(other, t).to_string(),
                };
                desk.announce(said);
                desk.apply_appointment(&updated);
            }
            Err(e) => {
                if desk.session_ended(&e) {
                    return;
                }
                desk.announce(step_error_text(&e, t));
                error.set(Some(e));
                desk.refresh_now();
            }
        }
    });

    let zone_of = store_id.clone();
    let other_store = (!mine).then(|| store_id.clone());
    let items = a.with_value(|a| a.items.clone());
    let when = move || {
        let lang = i18n.lang();
        let zone = store_zone(&zone_of);
        a.with_value(|a| {
            let named = if a.zone_abbreviation.is_empty() {
                format::zone_name(&zone, lang)
            } else {
                a.zone_abbreviation.clone()
            };
            format!(
                "{}, {}–{} {named}",
                format::date_in(&a.start, &zone, lang),
                format::time_in(&a.start, &zone, lang),
                format::time_in(&a.end, &zone, lang)
            )
        })
    };
    let pending = move || step.pending().get();
    let t_id = |what: &str| format!("{prefix}{what}-{id}");
    let (checkin_tid, noshow_tid) = (t_id("appt-checkin"), t_id("appt-noshow"));

    view! {
        <li class="card visit" data-testid=t_id("staff-appointment") data-status=appointment_status_slug(status)
            data-mine=mine.to_string()>
            <span class=appointment_status_class(status) data-testid=t_id("appt-status")>
                {move || appointment_status_text(status, i18n.t())}
            </span>
            {other_store.map(|s| view! {
                <p class="muted">{move || (i18n.t().staff_view_only)(&store_name(&s, i18n.lang()))}</p>
            })}
            <p><strong data-testid=t_id("appt-when")>{when}</strong></p>
            <p class="muted">{move || i18n.t().staff_booking_code}": "<span class="code small">{code.clone()}</span></p>
            {(!items.is_empty()).then(|| view! {
                <p class="muted">{move || i18n.t().staff_to_try}</p>
                <ul class="line-items">
                    {items.into_iter().map(|item| {
                        let name = item.name.clone();
                        let variant = move || {
                            let lang = i18n.lang();
                            [item.colour.as_ref().map(|c| lang.pick(&c.name)), item.size.clone()]
                                .into_iter().flatten().collect::<Vec<_>>().join(" · ")
                        };
                        let n = item.available;
                        view! {
                            <li>
                                <strong>{move || i18n.lang().pick(&name)}</strong>
                                <span class="muted">{variant}</span>
                                <span class="price">{move || stock_text(n, i18n.t())}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {booked_here.then(|| view! {
                <div class="actions">
                    <button type="button" class="button" data-testid=checkin_tid
                        disabled=pending on:click=move |_| { step.dispatch(AppointmentStep::CheckIn); }>
                        {move || i18n.t().staff_check_in}
                    </button>
                    <Show when=started>
                        <button type="button" class="button danger secondary" data-testid=noshow_tid.clone()
                            disabled=pending on:click=move |_| { step.dispatch(AppointmentStep::NoShow); }>
                            {move || i18n.t().staff_no_show}
                        </button>
                    </Show>
                </div>
            })}
            {move || error.get().map(|e| view! {
                <p class="form-error" role="alert">{step_error_text(&e, i18n.t())}</p>
            })}
        </li>
    }
}

/// Available units per SKU at one store.
fn counts_at(a: &Availability, store_id: &str) -> HashMap<String, u32> {
    a.stores
        .iter()
        .find(|s| s.store_id == store_id)
        .map(|s| {
            s.stock
                .iter()
                .map(|k| (k.sku.clone(), k.available))
                .collect()
        })
        .unwrap_or_default()
}

/// A product the shopper saved or looked at, with this store's stock per variant (kept
/// fresh with the desk's refresh) and a way to reserve it here for them.
#[component]
pub fn SavedItemStock(
    /// Product slug.
    slug: String,
    /// On the shopper's wishlist.
    wishlisted: bool,
    /// Recently viewed by the shopper.
    viewed: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let desk = use_desk();
    let product = RwSignal::new(None::<Result<Product, ApiFailure>>);
    let here = RwSignal::new(None::<HashMap<String, u32>>);
    {
        let slug = slug.clone();
        spawn_local(async move {
            let p = api::product(&slug).await;
            product.try_set(Some(p));
        });
    }
    // Only the newest answer counts: an older, slower one must not overwrite it.
    let latest = StoredValue::new(0u32);
    let watch_slug = slug.clone();
    Effect::new(move |_| {
        desk.refresh.track();
        let slug = watch_slug.clone();
        let store = desk.store_id();
        latest.update_value(|n| *n = n.wrapping_add(1));
        let ticket = latest.get_value();
        spawn_local(async move {
            if let Ok(a) = api::availability(&slug, None).await {
                if latest.try_get_value() == Some(ticket) {
                    here.try_set(Some(counts_at(&a, &store)));
                }
            }
        });
    });

    let testid = format!("staff-item-{slug}");
    view! {
        <li class="card" data-testid=testid>
            {move || match product.get() {
                None => view! { <p class="loading" role="status">{move || i18n.t().loading}</p> }.into_any(),
                Some(Err(e)) => {
                    let text = if e.is_not_found() { i18n.t().product_not_found } else { i18n.t().staff_offline };
                    view! { <p class="muted">{text}</p> }.into_any()
                }
                Some(Ok(p)) => view! { <ItemStock product=p here=here wishlisted=wishlisted viewed=viewed/> }.into_any(),
            }}
        </li>
    }
}

#[component]
fn ItemStock(
    product: Product,
    here: RwSignal<Option<HashMap<String, u32>>>,
    wishlisted: bool,
    viewed: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let desk = use_desk();
    let p = StoredValue::new(product);
    let slug = p.with_value(|p| p.slug.clone());
    let count =
        move |sku: &str| here.with(|h| h.as_ref().map(|h| h.get(sku).copied().unwrap_or(0)));

    // Rows by size, columns by colour, in catalogue order: narrow enough for a card.
    let (colours, sizes) = p.with_value(|p| {
        let mut colours = Vec::new();
        let mut sizes = Vec::new();
        for v in &p.variants {
            if !colours.contains(&v.colour) {
                colours.push(v.colour.clone());
            }
            if !sizes.contains(&v.size) {
                sizes.push(v.size.clone());
            }
        }
        (colours, sizes)
    });
    let head = colours
        .iter()
        .map(|c| {
            let c = c.clone();
            view! {
                <th scope="col">
                    {move || c.as_ref().map(|c| i18n.lang().pick(&c.name)).unwrap_or_else(|| "—".into())}
                </th>
            }
        })
        .collect_view();
    let cell = move |v: Variant| {
        let sku = v.sku.clone();
        let class = {
            let sku = sku.clone();
            move || match count(&sku) {
                None => "",
                Some(0) => "cell-none",
                Some(n) if n <= LOW_STOCK => "cell-low",
                Some(_) => "cell-plenty",
            }
        };
        let available = {
            let sku = sku.clone();
            move || count(&sku).map(|n| n.to_string()).unwrap_or_default()
        };
        let shown = {
            let sku = sku.clone();
            move || match count(&sku) {
                None => "…".to_string(),
                Some(0) => "–".to_string(),
                Some(n) => n.to_string(),
            }
        };
        let said = {
            let sku = sku.clone();
            move || {
                count(&sku)
                    .map(|n| stock_text(n, i18n.t()))
                    .unwrap_or_default()
            }
        };
        view! {
            <td class=class data-testid=format!("staff-stock-{sku}") data-available=available>
                <span aria-hidden="true">{shown}</span>
                <span class="visually-hidden">{said}</span>
            </td>
        }
    };
    let body = sizes
        .into_iter()
        .map(|s| {
            let cells = colours
                .iter()
                .map(|c| {
                    let variant = p.with_value(|p| {
                        p.variants
                            .iter()
                            .find(|v| &v.colour == c && v.size == s)
                            .cloned()
                    });
                    match variant {
                        Some(v) => cell(v).into_any(),
                        None => view! { <td class="cell-none"></td> }.into_any(),
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{s.unwrap_or_else(|| "—".into())}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();

    let my_store = desk.store_id();
    let region_store = my_store.clone();
    view! {
        <h3>
            {move || p.with_value(|p| i18n.lang().pick(&p.name))}
            {wishlisted.then(|| view! { " " <span class="badge">{move || i18n.t().staff_wishlisted}</span> })}
            {viewed.then(|| view! { " " <span class="badge open">{move || i18n.t().staff_viewed}</span> })}
        </h3>
        <p class="muted"><Price money=p.with_value(|p| p.price.clone())/></p>
        // Focusable so a keyboard can scroll a wide grid (WCAG 2.1.1).
        <div class="table-scroll" tabindex="0" role="region"
            aria-label=move || (i18n.t().staff_stock_here)(&store_name(&region_store, i18n.lang()))>
            <table class="size-grid" data-testid=format!("staff-stock-table-{slug}")>
                <caption>{move || (i18n.t().staff_stock_here)(&store_name(&my_store, i18n.lang()))}</caption>
                <thead><tr><th scope="col">{move || i18n.t().size_column}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <ReserveHere product=p here=here/>
    }
}

/// Reserve one variant with stock here for the shopper at the counter.
#[component]
fn ReserveHere(
    product: StoredValue<Product>,
    here: RwSignal<Option<HashMap<String, u32>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let desk = use_desk();
    let slug = product.with_value(|p| p.slug.clone());
    // Variants in stock here, in catalogue order.
    let options = Memo::new(move |_| {
        here.with(|h| {
            let Some(h) = h else { return vec![] };
            product.with_value(|p| {
                p.variants
                    .iter()
                    .filter_map(|v| {
                        let n = h.get(&v.sku).copied().unwrap_or(0);
                        (n > 0).then(|| (v.clone(), n))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let chosen = RwSignal::new(String::new());
    Effect::new(move |_| {
        let opts = options.get();
        if !opts.iter().any(|(v, _)| v.sku == chosen.get_untracked()) {
            chosen.set(opts.first().map(|(v, _)| v.sku.clone()).unwrap_or_default());
        }
    });
    let qty = RwSignal::new(1u32);
    let max_qty = move || {
        options
            .get()
            .iter()
            .find(|(v, _)| v.sku == chosen.get())
            .map(|(_, n)| *n)
            .unwrap_or(1)
            .clamp(1, MAX_QTY_PER_LINE)
    };
    let error = RwSignal::new(None::<ApiFailure>);
    let nonce = StoredValue::new(api::new_nonce());
    let submit = Action::new_local(move |body: &CounterReservation| {
        let body = body.clone();
        let code = desk
            .served
            .with_untracked(|s| s.as_ref().map(|s| s.code.clone()))
            .unwrap_or_default();
        // The code is part of the fingerprint: the same lines for another shopper are a
        // different request.
        let key = api::idempotency_key(&nonce.get_value(), &(&code, &body));
        async move { api::staff_reserve_for(&code, &body, &key).await }
    });
    Effect::new(move |_| {
        let Some(result) = submit.value().get() else {
            return;
        };
        let t = i18n.lang.get_untracked().strings();
        match result {
            Ok(r) => {
                error.set(None);
                nonce.set_value(api::new_nonce());
                qty.set(1);
                desk.announce((t.staff_reserved)(&r.pickup_code));
                desk.add_reservation(r);
            }
            Err(e) => {
                if desk.session_ended(&e) {
                    return;
                }
                desk.refresh_now();
                error.set(Some(e));
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let sku = chosen.get_untracked();
        if sku.is_empty() {
            return;
        }
        submit.dispatch(CounterReservation {
            lines: vec![LineRequest {
                sku,
                qty: qty.get_untracked().min(max_qty()),
            }],
        });
    };
    let error_text = move || {
        let t = i18n.t();
        error.get().map(|e| match &e {
            ApiFailure::Network => t.staff_offline.to_string(),
            ApiFailure::Api { status: 404, .. } => t.staff_code_not_found.to_string(),
            ApiFailure::Api { status, error } => match error.code.as_str() {
                "insufficient_stock" => {
                    let n = error
                        .detail
                        .as_ref()
                        .and_then(|d| d["available"].as_u64())
                        .unwrap_or(0) as u32;
                    if n == 0 {
                        t.sold_out_here.to_string()
                    } else {
                        (t.only_n_left_at)(n)
                    }
                }
                "limit_exceeded" => format!(
                    "{} {}",
                    t.limit_exceeded,
                    (t.max_per_item)(MAX_QTY_PER_LINE)
                ),
                "store_unavailable" => t.store_unavailable.to_string(),
                "rate_limited" if *status == 429 => (t.staff_too_many_tries)(
                    error
                        .detail
                        .as_ref()
                        .and_then(|d| d["retry_after_s"].as_u64())
                        .unwrap_or(60),
                ),
                code => (t.error_code)(code).to_string(),
            },
        })
    };
    let sku_id = format!("staff-reserve-sku-{slug}");
    let qty_id = format!("staff-reserve-qty-{slug}");
    let err_id = format!("staff-reserve-error-{slug}");
    let (sku_for, qty_for, err_ref, err_ref2) = (
        sku_id.clone(),
        qty_id.clone(),
        err_id.clone(),
        err_id.clone(),
    );
    let submit_tid = format!("staff-reserve-{slug}");
    view! {
        <Show
            when=move || !options.get().is_empty()
            fallback=move || view! {
                <p class="muted">{move || here.with(|h| h.is_some()).then(|| i18n.t().staff_none_here)}</p>
            }
        >
            <form class="reserve-here" on:submit=on_submit novalidate>
                <div class="field">
                    <label for=sku_for.clone()>{move || i18n.t().staff_item}</label>
                    <select id=sku_id.clone() data-testid=sku_id.clone() aria-describedby=err_ref.clone()
                        prop:value=move || chosen.get()
                        on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {move || options.get().into_iter().map(|(v, n)| {
                            let lang = i18n.lang();
                            let label = format!("{} — {}", variant_label(&v, lang), stock_text(n, i18n.t()));
                            let selected = v.sku == chosen.get_untracked();
                            view! { <option value=v.sku.clone() selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=qty_for.clone()>{move || i18n.t().quantity}</label>
                    <select id=qty_id.clone() data-testid=qty_id.clone()
                        prop:value=move || qty.get().to_string()
                        on:change=move |ev| qty.set(event_target_value(&ev).parse().unwrap_or(1))>
                        {move || (1..=max_qty()).map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button block" data-testid=submit_tid.clone()
                    disabled=move || submit.pending().get()>
                    {move || i18n.t().staff_reserve_here}
                </button>
            </form>
        </Show>
        <p class="form-error" role="alert" id=err_ref2 data-testid=format!("staff-reserve-error-{slug}")>{error_text}</p>
    }
}

/// Whether this browser can read QR codes from a camera (`BarcodeDetector`).
pub fn can_scan() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w, &JsValue::from_str("BarcodeDetector")).unwrap_or(false)
    })
}

/// A `BarcodeDetector` for QR codes, if the browser has one.
fn qr_detector() -> Option<JsValue> {
    let window = web_sys::window()?;
    let ctor: js_sys::Function = js_sys::Reflect::get(&window, &"BarcodeDetector".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    let formats = js_sys::Array::of1(&"qr_code".into());
    js_sys::Reflect::set(&options, &"formats".into(), &formats).ok()?;
    js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&options)).ok()
}

/// Starts `detector.detect(video)`; the promise resolves to the codes found.
fn detect(detector: &JsValue, video: &web_sys::HtmlVideoElement) -> Option<js_sys::Promise> {
    let f: js_sys::Function = js_sys::Reflect::get(detector, &"detect".into())
        .ok()?
        .dyn_into()
        .ok()?;
    f.call1(detector, video).ok()?.dyn_into().ok()
}

/// The text of the first code in a `detect()` result.
fn first_raw_value(found: JsValue) -> Option<String> {
    let list: js_sys::Array = found.dyn_into().ok()?;
    let first = list.get(0);
    if first.is_undefined() {
        return None;
    }
    js_sys::Reflect::get(&first, &"rawValue".into())
        .ok()?
        .as_string()
        .filter(|s| !s.trim().is_empty())
}

/// The back camera (any camera on a desktop), video only.
async fn open_camera() -> Result<web_sys::MediaStream, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let devices = window.navigator().media_devices()?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let video = js_sys::Object::new();
    js_sys::Reflect::set(&video, &"facingMode".into(), &"environment".into())?;
    constraints.set_video(&video);
    constraints.set_audio_bool(false);
    let stream = wasm_bindgen_futures::JsFuture::from(
        devices.get_user_media_with_constraints(&constraints)?,
    )
    .await?;
    stream.dyn_into()
}

fn stop_tracks(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(t) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            t.stop();
        }
    }
}

struct ScanSession {
    stream: web_sys::MediaStream,
    timer: Option<IntervalHandle>,
}

/// "Scan pass": the camera in a `<video>`, polled with `BarcodeDetector` until a code is
/// read. Renders nothing where the browser cannot detect codes: typing is the way there.
#[component]
pub fn PassScanner(
    /// Called with the code read from the pass.
    #[prop(into)]
    on_code: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let scanning = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let session = StoredValue::new_local(None::<ScanSession>);
    let video = NodeRef::<html::Video>::new();

    let stop = move || {
        if let Some(s) = session.try_update_value(|s| s.take()).flatten() {
            if let Some(t) = s.timer {
                t.clear();
            }
            stop_tracks(&s.stream);
        }
        if let Some(v) = video.try_get_untracked().flatten() {
            v.set_src_object(None);
        }
        scanning.try_set(false);
    };
    on_cleanup(stop);

    let start = move || {
        failed.set(false);
        scanning.set(true);
        spawn_local(async move {
            let stream = match open_camera().await {
                Ok(s) => s,
                Err(_) => {
                    failed.try_set(true);
                    scanning.try_set(false);
                    return;
                }
            };
            // Stopped (or left the page) while the browser was asking for the camera.
            let (Some(true), Some(v), Some(detector)) = (
                scanning.try_get_untracked(),
                video.try_get_untracked().flatten(),
                qr_detector(),
            ) else {
                stop_tracks(&stream);
                return;
            };
            v.set_src_object(Some(&stream));
            let _ = v.play();
            let busy = Rc::new(Cell::new(false));
            let timer = set_interval_with_handle(
                move || {
                    if busy.get() {
                        return;
                    }
                    let Some(v) = video.try_get_untracked().flatten() else {
                        return;
                    };
                    // HAVE_CURRENT_DATA: a frame to look at.
                    if v.ready_state() < 2 {
                        return;
                    }
                    let Some(promise) = detect(&detector, &v) else {
                        return;
                    };
                    busy.set(true);
                    let busy = busy.clone();
                    spawn_local(async move {
                        let found = wasm_bindgen_futures::JsFuture::from(promise)
                            .await
                            .ok()
                            .and_then(first_raw_value);
                        busy.set(false);
                        if let Some(code) = found {
                            stop();
                            on_code.try_run(code);
                        }
                    });
                },
                std::time::Duration::from_millis(250),
            )
            .ok();
            session.set_value(Some(ScanSession { stream, timer }));
        });
    };

    can_scan().then(|| {
        view! {
            <div class="scanner" data-testid="scanner">
                <button type="button" class="button secondary" data-testid="scan-pass"
                    aria-pressed=move || scanning.get().to_string()
                    on:click=move |_| if scanning.get_untracked() { stop() } else { start() }>
                    {move || if scanning.get() { i18n.t().staff_stop_scan } else { i18n.t().staff_scan }}
                </button>
                <p class="muted" hidden=move || !scanning.get()>{move || i18n.t().staff_scan_hint}</p>
                <video node_ref=video data-testid="scan-video" hidden=move || !scanning.get()
                    aria-label=move || i18n.t().staff_camera_view
                    autoplay=true muted=true playsinline=true></video>
                {move || failed.get().then(|| view! {
                    <p class="form-error" role="alert" data-testid="scan-error">{i18n.t().staff_camera_denied}</p>
                })}
            </div>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tandem_api::{Colour, Localized};

    #[test]
    fn variant_labels_name_colour_and_size_or_fall_back_to_the_sku() {
        let v = Variant {
            sku: "C-OAT-M".into(),
            size: Some("M".into()),
            colour: Some(Colour {
                name: Localized::new("Oat", "오트"),
                hex: "#d8cbb5".into(),
            }),
        };
        assert_eq!(variant_label(&v, Lang::En), "Oat · M");
        assert_eq!(variant_label(&v, Lang::Ko), "오트 · M");
        let plain = Variant {
            sku: "BAG-1".into(),
            size: None,
            colour: None,
        };
        assert_eq!(variant_label(&plain, Lang::En), "BAG-1");
    }
}
