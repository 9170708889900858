//! `/reservations/{id}`: the confirmation — status, pickup code and QR, ready-by and
//! held-until in the store's own time zone with a live countdown, items, store, cancel.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use tandem_api::Reservation;

use crate::api;
use crate::components::common::{set_title, ErrorView, Loading, Price};
use crate::components::dialog::ConfirmDialog;
use crate::components::reservation::StatusPill;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::not_found::NotFoundPage;
use crate::state::use_stores;

/// How often an open reservation's status is refreshed (staff may mark it ready).
const REFRESH_SECONDS: u64 = 15;

/// The reservation page.
#[component]
pub fn ReservationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let reservation = LocalResource::new(move || {
        let id = id.get();
        async move { api::reservation(&id).await }
    });
    let refresh = set_interval_with_handle(
        move || reservation.refetch(),
        std::time::Duration::from_secs(REFRESH_SECONDS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = refresh {
            h.clear();
        }
    });
    Effect::new(move |_| set_title(i18n.t().reservation_title));
    view! {
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                match reservation.await {
                    Ok(r) => view! { <ReservationView reservation=r on_change=move |_| reservation.refetch()/> }.into_any(),
                    Err(e) if e.is_not_found() || e.code() == "unauthorized" => view! { <NotFoundPage/> }.into_any(),
                    Err(e) => view! { <ErrorView failure=e on_retry=move |_| reservation.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ReservationView(
    reservation: Reservation,
    #[prop(into)] on_change: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let r = StoredValue::new(reservation);
    let store = move || r.with_value(|r| stores.find(&r.store_id));
    let zone = move || store().map(|s| s.time_zone).unwrap_or_else(|| "UTC".into());
    let status = Signal::derive(move || r.with_value(|r| r.status));
    let now = RwSignal::new(format::now_ms());
    let ticker = set_interval_with_handle(
        move || now.set(format::now_ms()),
        std::time::Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = ticker {
            t.clear();
        }
    });
    let countdown = move || {
        let until = r.with_value(|r| format::parse_ms(&r.hold_until));
        let left = ((until - now.get()) / 1000.0).max(0.0) as i64;
        (i18n.t().time_left)(left / 3600, (left % 3600) / 60, left % 60)
    };
    let confirm = RwSignal::new(false);
    let cancel = Action::new_local(move |_: &()| {
        let id = r.with_value(|r| r.id.clone());
        async move { api::cancel_reservation(&id).await }
    });
    let cancel_error = RwSignal::new(None::<api::ApiFailure>);
    Effect::new(move |_| match cancel.value().get() {
        Some(Ok(_)) => on_change.run(()),
        Some(Err(e)) => cancel_error.set(Some(e)),
        None => {}
    });
    let id = r.with_value(|r| r.id.clone());
    let open = move || status.get().is_open();

    view! {
        <article class="reservation page" data-testid="reservation-page">
            <h1 class="page-title">{move || i18n.t().reservation_title}</h1>
            <p><StatusPill status=status/></p>
            <section class="pickup-pass card">
                <h2>{move || i18n.t().pickup_code}</h2>
                <p class="code" data-testid="pickup-code">{r.with_value(|r| r.pickup_code.clone())}</p>
                <img class="qr" src=api::reservation_qr_url(&id) width="240" height="240"
                    alt=move || i18n.t().qr_alt data-testid="pickup-qr"/>
                <p class="muted">{move || i18n.t().show_at_counter}</p>
            </section>
            <dl class="facts">
                <dt>{move || i18n.t().ready_by}</dt>
                <dd data-testid="ready-by">{move || r.with_value(|r| format::date_time_in(&r.ready_by, &zone(), i18n.lang()))}</dd>
                <dt>{move || i18n.t().held_until}</dt>
                <dd data-testid="held-until">
                    {move || r.with_value(|r| format::date_time_in(&r.hold_until, &zone(), i18n.lang()))}
                    <Show when=open>
                        <span class="countdown" data-testid="countdown">" · "{countdown}</span>
                    </Show>
                </dd>
            </dl>
            <section>
                <h2>{move || i18n.t().store}</h2>
                {move || store().map(|s| {
                    let t = i18n.t();
                    let lang = i18n.lang();
                    let today = crate::pages::stores::today_text(&s, t);
                    view! {
                        <p data-testid="reservation-store"><strong>{lang.pick(&s.name)}</strong></p>
                        <p>{lang.pick(&s.address)}</p>
                        <p class="muted">{today}</p>
                    }
                })}
            </section>
            <section>
                <h2>{move || i18n.t().items}</h2>
                <ul class="line-items" data-testid="reservation-lines">
                    {r.with_value(|r| r.lines.clone()).into_iter().map(|l| {
                        let name = l.name.clone();
                        let variant = move || {
                            let lang = i18n.lang();
                            [l.colour.as_ref().map(|c| lang.pick(&c.name)), l.size.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ")
                        };
                        view! {
                            <li>
                                <A href=format!("/products/{}?sku={}", l.product, l.sku)>{move || i18n.lang().pick(&name)}</A>
                                <span class="muted">" "{variant}" × "{l.qty}</span>
                                <Price money=l.price.clone()/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="total">{move || i18n.t().total}": "<Price money=r.with_value(|r| r.total.clone())/></p>
            </section>
            <Show when=open>
                <button type="button" class="button danger" data-testid="cancel-reservation" on:click=move |_| confirm.set(true)>
                    {move || i18n.t().cancel_reservation}
                </button>
            </Show>
            {move || cancel_error.get().map(|e| view! { <p class="form-error" role="alert">{(i18n.t().error_code)(e.code())}</p> })}
            <ConfirmDialog
                open=confirm
                title=Signal::derive(move || i18n.t().cancel_confirm_title.to_string())
                body=Signal::derive(move || i18n.t().cancel_confirm_body.to_string())
                confirm_label=Signal::derive(move || i18n.t().yes_cancel.to_string())
                cancel_label=Signal::derive(move || i18n.t().keep_it.to_string())
                on_confirm=move |_| { cancel.dispatch(()); }
                testid="cancel-dialog"
            />
            <p><A href="/reservations" attr:class="button secondary">{move || i18n.t().my_reservations}</A></p>
        </article>
    }
}
