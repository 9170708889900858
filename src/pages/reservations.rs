//! `/reservations`: all of my reservations with their status, newest first.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api;
use crate::components::common::{set_title, ErrorView, Loading};
use crate::components::reservation::StatusPill;
use crate::format;
use crate::i18n::use_i18n;
use crate::state::use_stores;

/// My reservations.
#[component]
pub fn ReservationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let list = LocalResource::new(|| async { api::my_reservations().await });
    Effect::new(move |_| set_title(i18n.t().my_reservations));
    view! {
        <section class="reservations page">
            <h1 class="page-title">{move || i18n.t().my_reservations}</h1>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(items) if items.is_empty() => view! {
                            <div class="empty" data-testid="no-reservations">
                                <p>{move || i18n.t().no_reservations}</p>
                                <A href="/" attr:class="button">{move || i18n.t().browse_products}</A>
                            </div>
                        }.into_any(),
                        Ok(items) => view! {
                            <ul class="visit-list" data-testid="reservation-list">
                                {items.into_iter().map(|r| {
                                    let store = stores.find(&r.store_id);
                                    let zone = store.as_ref().map(|s| s.time_zone.clone()).unwrap_or_else(|| "UTC".into());
                                    let store_name = store.map(|s| s.name);
                                    let first = r.lines.first().map(|l| l.name.clone());
                                    let more = r.lines.len().saturating_sub(1);
                                    let status = r.status;
                                    let ready_by = r.ready_by.clone();
                                    view! {
                                        <li class="card visit" data-testid=format!("reservation-{}", r.id)>
                                            <StatusPill status=status/>
                                            <p><strong>{move || first.as_ref().map(|n| i18n.lang().pick(n))}</strong>
                                                {(more > 0).then(|| format!(" +{more}"))}</p>
                                            <p class="muted">{move || store_name.as_ref().map(|n| i18n.lang().pick(n))}</p>
                                            <p class="muted">{move || i18n.t().ready_by}": "{move || format::date_time_in(&ready_by, &zone, i18n.lang())}</p>
                                            <p class="code small">{r.pickup_code.clone()}</p>
                                            <A href=format!("/reservations/{}", r.id) attr:class="button secondary">{move || i18n.t().view_details}</A>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorView failure=e on_retry=move |_| list.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
