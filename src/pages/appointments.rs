//! `/appointments`: my try-ons, upcoming first, each with its status and a link to it.

use leptos::prelude::*;
use leptos_router::components::A;
use tandem_api::Appointment;

use crate::api;
use crate::components::appointment::{book_href, draft, time_range, TryOnStatusPill};
use crate::components::common::{set_title, ErrorView, Loading};
use crate::format;
use crate::i18n::use_i18n;
use crate::state::use_stores;

/// "My try-ons".
#[component]
pub fn AppointmentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = LocalResource::new(|| async { api::my_appointments().await });
    Effect::new(move |_| set_title(i18n.t().try_on_my_appointments));
    view! {
        <section class="appointments page" data-testid="appointments-page">
            <h1 class="page-title">{move || i18n.t().try_on_my_appointments}</h1>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(items) if !items.is_empty() => view! {
                            <ul class="appointment-list" data-testid="appointment-list">
                                {items.into_iter().map(|a| view! { <AppointmentCard appointment=a/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        // No session yet means nothing booked yet, not an error.
                        Ok(_) => view! { <Empty/> }.into_any(),
                        Err(e) if e.code() == "unauthorized" => view! { <Empty/> }.into_any(),
                        Err(e) => view! { <ErrorView failure=e on_retry=move |_| list.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Empty() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="empty" data-testid="appointments-empty">
            <p>{move || i18n.t().try_on_none_yet}</p>
            <A href=book_href(None, None, &draft()) attr:class="button" attr:data-testid="book-from-empty">{move || i18n.t().book_try_on}</A>
        </div>
    }
}

#[component]
fn AppointmentCard(appointment: Appointment) -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let a = StoredValue::new(appointment);
    let store = move || a.with_value(|a| stores.find(&a.store_id));
    let when = move || {
        let lang = i18n.lang();
        let zone = store().map(|s| s.time_zone).unwrap_or_else(|| "UTC".into());
        a.with_value(|a| {
            format!(
                "{} {} {}",
                format::date_in(&a.start, &zone, lang),
                time_range(&a.start, &a.end, &zone, lang),
                a.zone_abbreviation
            )
        })
    };
    let (id, status, items) = a.with_value(|a| (a.id.clone(), a.status, a.items.len()));
    view! {
        <li class="card appointment-card" data-testid=format!("appointment-card-{id}")>
            <p><TryOnStatusPill status=status testid="appointment-card-status"/></p>
            <p><strong>{move || store().map(|s| i18n.lang().pick(&s.name))}</strong></p>
            <p data-testid="appointment-card-when">{when}</p>
            <p class="muted">{move || (i18n.t().try_on_item_count)(items)}</p>
            <A href=format!("/appointments/{id}") attr:data-testid=format!("open-appointment-{id}")>
                {move || i18n.t().try_on_view}
            </A>
        </li>
    }
}
