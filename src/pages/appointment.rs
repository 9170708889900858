//! `/appointments/{id}`: the try-on confirmation — status, booking code and QR, the time in
//! the store's own zone, add to calendar, the items with their stock, and reschedule or
//! cancel (with a confirmation step).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use tandem_api::{Appointment, AppointmentStatus, Slot};

use crate::api::{self, ApiFailure};
use crate::components::appointment::{
    book_href, draft, failure_text, local_date_of, names_field, next_free, time_range, NextFree,
    SlotChooser, TryOnItemRow, TryOnStatusPill, ZoneNote,
};
use crate::components::common::{set_title, ErrorView, Loading};
use crate::components::dialog::ConfirmDialog;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::not_found::NotFoundPage;
use crate::state::use_stores;

/// How often the status is refreshed while the page is open (staff check shoppers in).
const REFRESH_SECONDS: u64 = 30;

/// The appointment page.
#[component]
pub fn AppointmentPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let resource = LocalResource::new(move || {
        let id = id.get();
        async move { api::appointment(&id).await }
    });
    let refresh = set_interval_with_handle(
        move || resource.refetch(),
        std::time::Duration::from_secs(REFRESH_SECONDS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = refresh {
            h.clear();
        }
    });
    Effect::new(move |_| set_title(i18n.t().try_on_title));
    // The view is built once; later answers (refresh, reschedule, cancel) update this signal
    // so open panels and announcements survive them.
    let current = RwSignal::new(None::<RwSignal<Appointment>>);
    let failure = RwSignal::new(None::<ApiFailure>);
    Effect::new(move |_| match resource.get() {
        Some(Ok(a)) => {
            failure.set(None);
            match current.get_untracked() {
                Some(sig) => sig.set(a),
                None => current.set(Some(RwSignal::new(a))),
            }
        }
        // A failed refresh keeps what is shown.
        Some(Err(e)) if current.get_untracked().is_none() => failure.set(Some(e)),
        _ => {}
    });
    move || match (current.get(), failure.get()) {
        (Some(a), _) => view! { <AppointmentView appointment=a/> }.into_any(),
        (None, Some(e)) if e.is_not_found() || e.code() == "unauthorized" => {
            view! { <NotFoundPage/> }.into_any()
        }
        (None, Some(e)) => {
            view! { <ErrorView failure=e on_retry=move |_| resource.refetch()/> }.into_any()
        }
        (None, None) => view! { <Loading/> }.into_any(),
    }
}

#[component]
fn AppointmentView(appointment: RwSignal<Appointment>) -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let id = appointment.with_untracked(|a| a.id.clone());
    let store = Memo::new(move |_| appointment.with(|a| stores.find(&a.store_id)));
    let zone = Signal::derive(move || {
        store
            .get()
            .map(|s| s.time_zone)
            .unwrap_or_else(|| "UTC".into())
    });
    let status = Signal::derive(move || appointment.with(|a| a.status));
    let now = RwSignal::new(format::now_ms());
    let ticker = set_interval_with_handle(
        move || now.set(format::now_ms()),
        std::time::Duration::from_secs(30),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = ticker {
            t.clear();
        }
    });
    // Only a booked try-on that has not started can still change.
    let changeable = Memo::new(move |_| {
        appointment.with(|a| {
            a.status == AppointmentStatus::Booked && format::parse_ms(&a.start) > now.get()
        })
    });
    let announcement = RwSignal::new(String::new());

    // Reschedule.
    let rescheduling = RwSignal::new(false);
    let new_date = RwSignal::new(String::new());
    let new_slot = RwSignal::new(None::<Slot>);
    let reload = RwSignal::new(0u32);
    let move_problem = RwSignal::new(None::<ApiFailure>);
    let not_chosen = RwSignal::new(false);
    let full = RwSignal::new(None::<Vec<Slot>>);
    let open_reschedule = move |_| {
        let (start, z) = (
            appointment.with_untracked(|a| a.start.clone()),
            zone.get_untracked(),
        );
        new_date.set(local_date_of(&start, &z));
        new_slot.set(None);
        full.set(None);
        move_problem.set(None);
        not_chosen.set(false);
        rescheduling.set(true);
    };
    let move_action = Action::new_local(move |start: &String| {
        let id = appointment.with_untracked(|a| a.id.clone());
        let start = start.clone();
        async move { api::reschedule_appointment(&id, &start).await }
    });
    Effect::new(move |_| match move_action.value().get() {
        Some(Ok(a)) => {
            let lang = i18n.lang.get_untracked();
            let z = zone.get_untracked();
            let when = format!(
                "{} {}",
                format::date_in(&a.start, &z, lang),
                time_range(&a.start, &a.end, &z, lang)
            );
            announcement.set((lang.strings().try_on_moved)(&when));
            appointment.set(a);
            rescheduling.set(false);
        }
        Some(Err(e)) => {
            if let Some(next) = next_free(&e) {
                full.set(Some(next));
                new_slot.set(None);
                reload.update(|n| *n += 1);
            } else if names_field(&e, "start") {
                new_slot.set(None);
                reload.update(|n| *n += 1);
            }
            move_problem.set(Some(e));
        }
        None => {}
    });
    Effect::new(move |_| {
        if new_slot.get().is_some() {
            not_chosen.set(false);
            move_problem.set(None);
        }
    });
    let confirm_move = move |_| {
        if move_action.pending().get_untracked() {
            return;
        }
        match new_slot.get_untracked() {
            Some(s) => {
                full.set(None);
                move_action.dispatch(s.start);
            }
            None => not_chosen.set(true),
        }
    };
    let slot_error = Signal::derive(move || {
        let t = i18n.t();
        if not_chosen.get() {
            return Some(t.try_on_choose_time_first.to_string());
        }
        move_problem.get().map(|e| {
            if next_free(&e).is_some() {
                t.try_on_slot_full.to_string()
            } else {
                failure_text(&e, t)
            }
        })
    });

    // Cancel.
    let confirm_cancel = RwSignal::new(false);
    let cancel_action = Action::new_local(move |_: &()| {
        let id = appointment.with_untracked(|a| a.id.clone());
        async move { api::cancel_appointment(&id).await }
    });
    let cancel_problem = RwSignal::new(None::<ApiFailure>);
    Effect::new(move |_| match cancel_action.value().get() {
        Some(Ok(a)) => {
            cancel_problem.set(None);
            rescheduling.set(false);
            announcement.set(
                i18n.lang
                    .get_untracked()
                    .strings()
                    .try_on_cancelled_note
                    .to_string(),
            );
            appointment.set(a);
        }
        Some(Err(e)) => cancel_problem.set(Some(e)),
        None => {}
    });

    let heading = move || {
        let t = i18n.t();
        if status.get() == AppointmentStatus::Booked {
            t.try_on_booked_title
        } else {
            t.try_on_title
        }
    };
    let when = move || {
        let lang = i18n.lang();
        let z = zone.get();
        appointment.with(|a| {
            format!(
                "{} {} {}",
                format::date_in(&a.start, &z, lang),
                time_range(&a.start, &a.end, &z, lang),
                a.zone_abbreviation
            )
        })
    };
    let store_block = move || {
        store.get().map(|s| {
            let lang = i18n.lang();
            view! {
                <strong data-testid="appointment-store">{lang.pick(&s.name)}</strong>
                <br/>
                <span>{lang.pick(&s.address)}</span>
            }
        })
    };
    let items = move || {
        let list = appointment.with(|a| a.items.clone());
        let here = store.get();
        if list.is_empty() {
            return view! { <p class="muted">{i18n.t().try_on_no_items_booked}</p> }.into_any();
        }
        view! {
            <ul class="line-items try-on-items" data-testid="appointment-items">
                {list.into_iter().map(|item| view! { <TryOnItemRow item=item store=here.clone()/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let reschedule_panel = move || {
        if !rescheduling.get() {
            return None;
        }
        let s = store.get()?;
        let current = appointment.with_untracked(|a| a.start.clone());
        Some(view! {
            <section class="reschedule card" aria-labelledby="reschedule-title" data-testid="reschedule-panel">
                <h2 id="reschedule-title">{move || i18n.t().try_on_reschedule_title}</h2>
                <SlotChooser
                    store=s
                    date=new_date
                    selected=new_slot
                    reload=reload
                    current=current
                    error=slot_error
                    prefix="reschedule"
                />
                {move || full.get().map(|next| {
                    let z = zone.get_untracked();
                    let z2 = z.clone();
                    view! {
                        <NextFree slots=next zone=z prefix="reschedule" on_pick=move |slot: Slot| {
                            new_date.set(local_date_of(&slot.start, &z2));
                            new_slot.set(Some(slot));
                            full.set(None);
                        }/>
                    }
                })}
                <div class="actions">
                    <button type="button" class="button" data-testid="reschedule-confirm"
                        aria-disabled=move || move_action.pending().get().then_some("true")
                        on:click=confirm_move>
                        {move || if move_action.pending().get() { i18n.t().try_on_moving } else { i18n.t().try_on_move_button }}
                    </button>
                    <button type="button" class="button secondary" data-testid="reschedule-close"
                        on:click=move |_| rescheduling.set(false)>
                        {move || i18n.t().try_on_keep_time}
                    </button>
                </div>
            </section>
        })
    };
    let calendar = {
        let id = id.clone();
        move || api::appointment_calendar_url(&id, i18n.lang().tag())
    };
    let code = move || appointment.with(|a| a.booking_code.clone());

    view! {
        <article class="appointment page" data-testid="appointment-page">
            <h1 class="page-title" data-testid="appointment-heading">{heading}</h1>
            <p><TryOnStatusPill status=status/></p>
            <section class="pickup-pass card">
                <h2>{move || i18n.t().try_on_code_label}</h2>
                <p class="code" data-testid="booking-code">{code}</p>
                <img class="qr" src=api::appointment_qr_url(&id) width="240" height="240"
                    alt=move || (i18n.t().try_on_qr_alt)(&code()) data-testid="booking-qr"/>
                <p class="muted">{move || i18n.t().try_on_show_code}</p>
            </section>
            <dl class="facts">
                <dt>{move || i18n.t().try_on_when}</dt>
                <dd data-testid="appointment-when">{when}</dd>
                <dt>{move || i18n.t().try_on_where}</dt>
                <dd>{store_block}</dd>
            </dl>
            <ZoneNote
                time_zone=zone
                abbreviation=Signal::derive(move || appointment.with(|a| a.zone_abbreviation.clone()))
                at_ms=Signal::derive(move || appointment.with(|a| format::parse_ms(&a.start)))
                testid="appointment-zone-note"
            />
            <p>
                <a class="button secondary" href=calendar download="tandem-try-on.ics" data-testid="add-to-calendar">
                    {move || i18n.t().try_on_add_to_calendar}
                </a>
            </p>
            <section>
                <h2>{move || i18n.t().try_on_items_title}</h2>
                {items}
            </section>
            <Show when=move || changeable.get()>
                <div class="actions">
                    <button type="button" class="button secondary" data-testid="reschedule-open"
                        aria-expanded=move || rescheduling.get().to_string() on:click=open_reschedule>
                        {move || i18n.t().try_on_reschedule}
                    </button>
                    <button type="button" class="button danger secondary" data-testid="cancel-appointment"
                        on:click=move |_| confirm_cancel.set(true)>
                        {move || i18n.t().try_on_cancel}
                    </button>
                </div>
            </Show>
            {reschedule_panel}
            <p class="form-error" role="alert" data-testid="appointment-error">
                {move || cancel_problem.get().map(|e| failure_text(&e, i18n.t()))}
            </p>
            <p class="visually-hidden" aria-live="polite" data-testid="appointment-announcement">
                {move || announcement.get()}
            </p>
            <ConfirmDialog
                open=confirm_cancel
                title=Signal::derive(move || i18n.t().try_on_cancel_title.to_string())
                body=Signal::derive(move || i18n.t().try_on_cancel_body.to_string())
                confirm_label=Signal::derive(move || i18n.t().try_on_cancel_yes.to_string())
                cancel_label=Signal::derive(move || i18n.t().try_on_cancel_keep.to_string())
                on_confirm=move |_| { cancel_action.dispatch(()); }
                testid="cancel-try-on-dialog"
            />
            <p class="actions">
                <A href="/appointments" attr:class="button secondary" attr:data-testid="my-appointments-link">
                    {move || i18n.t().try_on_my_appointments}
                </A>
                <A href=book_href(None, None, &draft()) attr:class="link-button">{move || i18n.t().try_on_book_another}</A>
            </p>
        </article>
    }
}
