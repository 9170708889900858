//! Reservation pieces: the reserve form on the product page, the status pill, the card in
//! "My reservations".

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use tandem_api::{LineRequest, NewReservation, ReservationStatus, Store, MAX_QTY_PER_LINE};

use crate::api::{self, ApiFailure};
use crate::components::stock::StockBoard;
use crate::format;
use crate::i18n::{use_i18n, Strings};

/// The status in words.
pub fn status_text(s: ReservationStatus, t: &Strings) -> &'static str {
    match s {
        ReservationStatus::Held => t.status_held,
        ReservationStatus::Ready => t.status_ready,
        ReservationStatus::Collected => t.status_collected,
        ReservationStatus::Cancelled => t.status_cancelled,
        ReservationStatus::Expired => t.status_expired,
    }
}

/// The status as a coloured pill.
#[component]
pub fn StatusPill(
    /// The status.
    #[prop(into)]
    status: Signal<ReservationStatus>,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = move || {
        format!(
            "status-pill {}",
            format!("{:?}", status.get()).to_lowercase()
        )
    };
    view! { <span class=class data-testid="reservation-status">{move || status_text(status.get(), i18n.t())}</span> }
}

/// Reserve the selected variant at a store that has it.
#[component]
pub fn ReserveForm(
    /// The selected SKU.
    #[prop(into)]
    sku: Signal<String>,
    /// Live stock and store order.
    #[prop(into)]
    board: Signal<StockBoard>,
    /// Every store.
    #[prop(into)]
    stores: Signal<Vec<Store>>,
    /// The shopper's preferred store.
    #[prop(into)]
    preferred: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let online = crate::pwa::use_online();
    let navigate = use_navigate();
    // Stores that have the variant, nearest first (the board is ordered).
    let options = Memo::new(move |_| {
        let b = board.get();
        let sku = sku.get();
        b.order
            .iter()
            .filter(|(id, _)| b.count(id, &sku) > 0)
            .map(|(id, d)| (id.clone(), *d, b.count(id, &sku)))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(String::new());
    // Keep the choice valid: the preferred store if it has it, else the nearest that has it.
    Effect::new(move |_| {
        let opts = options.get();
        let current = chosen.get_untracked();
        if !opts.iter().any(|o| o.0 == current) {
            let pick = preferred
                .get()
                .filter(|p| opts.iter().any(|o| &o.0 == p))
                .or_else(|| opts.first().map(|o| o.0.clone()));
            chosen.set(pick.unwrap_or_default());
        }
    });
    let qty = RwSignal::new(1u32);
    let name = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiFailure>);
    let nonce = StoredValue::new(api::new_nonce());
    let max_qty = move || {
        let n = options
            .get()
            .iter()
            .find(|o| o.0 == chosen.get())
            .map(|o| o.2)
            .unwrap_or(0);
        n.clamp(1, MAX_QTY_PER_LINE)
    };

    let submit = Action::new_local(move |req: &NewReservation| {
        let req = req.clone();
        let key = api::idempotency_key(&nonce.get_value(), &req);
        async move { api::reserve(&req, &key).await }
    });
    Effect::new(move |_| {
        if let Some(result) = submit.value().get() {
            match result {
                Ok(r) => {
                    error.set(None);
                    nonce.set_value(api::new_nonce());
                    navigate(&format!("/reservations/{}", r.id), Default::default());
                }
                Err(e) => error.set(Some(e)),
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let contact = tandem_api::Contact {
            name: Some(name.get_untracked()).filter(|s| !s.trim().is_empty()),
            phone: Some(phone.get_untracked()).filter(|s| !s.trim().is_empty()),
        };
        submit.dispatch(NewReservation {
            store_id: chosen.get_untracked(),
            lines: vec![LineRequest {
                sku: sku.get_untracked(),
                qty: qty.get_untracked().min(max_qty()),
            }],
            contact: Some(contact),
        });
    };

    let store_name = move |id: &str| {
        stores
            .get()
            .into_iter()
            .find(|s| s.id == id)
            .map(|s| i18n.lang().pick(&s.name))
            .unwrap_or_else(|| id.to_string())
    };
    let field_error = move |field: &str| error.get().and_then(|e| e.field(field));
    let error_view = move || {
        let t = i18n.t();
        error.get().map(|e| {
            let (text, alternatives) = match &e {
                ApiFailure::Network => (t.pickup_needs_connection.to_string(), vec![]),
                ApiFailure::Api { error, .. } => match error.code.as_str() {
                    "insufficient_stock" => {
                        let n = error.detail.as_ref().and_then(|d| d["available"].as_u64()).unwrap_or(0) as u32;
                        let alts: Vec<(String, u32)> = error
                            .detail
                            .as_ref()
                            .and_then(|d| d["alternatives"].as_array().cloned())
                            .unwrap_or_default()
                            .iter()
                            .filter_map(|a| Some((a["store_id"].as_str()?.to_string(), a["available"].as_u64()? as u32)))
                            .collect();
                        let text = if n == 0 { t.sold_out_here.to_string() } else { (t.only_n_left_at)(n) };
                        (text, alts)
                    }
                    "limit_exceeded" => (format!("{} {}", t.limit_exceeded, (t.max_per_item)(MAX_QTY_PER_LINE)), vec![]),
                    "store_unavailable" => (t.store_unavailable.to_string(), vec![]),
                    code => ((t.error_code)(code).to_string(), vec![]),
                },
            };
            let alt_buttons = alternatives
                .into_iter()
                .map(|(id, n)| {
                    let label = (t.reserve_at_instead)(&store_name(&id), n);
                    let testid = format!("reserve-instead-{id}");
                    view! {
                        <button type="button" class="button secondary" data-testid=testid
                            on:click=move |_| { chosen.set(id.clone()); error.set(None); }>{label}</button>
                    }
                })
                .collect_view();
            view! {
                <div class="form-error" role="alert" data-testid="reserve-error">
                    <p>{text}</p>
                    <div class="actions">{alt_buttons}</div>
                </div>
            }
        })
    };

    view! {
        <section class="reserve card" aria-labelledby="reserve-title" data-testid="reserve-section">
            <h2 id="reserve-title">{move || i18n.t().reserve_title}</h2>
            <p class="muted">{move || i18n.t().reserve_intro}</p>
            <Show
                when=move || !options.get().is_empty()
                fallback=move || view! { <p data-testid="reserve-unavailable">{move || i18n.t().no_store_has_it}</p> }
            >
                <form on:submit=on_submit data-testid="reserve-form" novalidate>
                    <div class="field">
                        <label for="reserve-store">{move || i18n.t().pickup_store}</label>
                        <select id="reserve-store" data-testid="reserve-store"
                            prop:value=move || chosen.get()
                            on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {move || options.get().into_iter().map(|(id, d, n)| {
                                let t = i18n.t();
                                let mut label = (t.store_option)(&store_name(&id), n);
                                if let Some(m) = d {
                                    label = format!("{label} · {}", format::distance(m, i18n.lang()));
                                }
                                let selected = id == chosen.get_untracked();
                                view! { <option value=id selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="reserve-qty">{move || i18n.t().quantity}</label>
                        <select id="reserve-qty" data-testid="reserve-qty"
                            aria-describedby="reserve-qty-hint reserve-qty-error"
                            prop:value=move || qty.get().to_string()
                            on:change=move |ev| qty.set(event_target_value(&ev).parse().unwrap_or(1))>
                            {move || (1..=max_qty()).map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                        </select>
                        <p id="reserve-qty-hint" class="muted">{move || (i18n.t().max_per_item)(MAX_QTY_PER_LINE)}</p>
                        <p id="reserve-qty-error" class="field-error">{move || field_error("lines[0].qty")}</p>
                    </div>
                    <div class="field">
                        <label for="reserve-name">{move || i18n.t().your_name}</label>
                        <input id="reserve-name" type="text" autocomplete="name" maxlength="60" data-testid="reserve-name"
                            aria-describedby="reserve-name-error"
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                        <p id="reserve-name-error" class="field-error">{move || field_error("contact.name")}</p>
                    </div>
                    <div class="field">
                        <label for="reserve-phone">{move || i18n.t().your_phone}</label>
                        <input id="reserve-phone" type="tel" autocomplete="tel" maxlength="20" data-testid="reserve-phone"
                            aria-describedby="reserve-phone-error"
                            prop:value=move || phone.get() on:input=move |ev| phone.set(event_target_value(&ev))/>
                        <p id="reserve-phone-error" class="field-error">{move || field_error("contact.phone")}</p>
                    </div>
                    {error_view}
                    <Show when=move || !online.get()>
                        <p id="reserve-offline" class="notice warning" data-testid="reserve-offline">{move || i18n.t().pickup_needs_connection}</p>
                    </Show>
                    <button type="submit" class="button" data-testid="reserve-submit"
                        aria-describedby=move || (!online.get()).then_some("reserve-offline")
                        disabled=move || submit.pending().get() || !online.get()>
                        {move || if submit.pending().get() { i18n.t().reserving } else { i18n.t().reserve_button }}
                    </button>
                </form>
            </Show>
            <p class="muted"><A href="/reservations" attr:data-testid="my-reservations-link">{move || i18n.t().my_reservations}</A></p>
        </section>
    }
}
