//! `/pass`: the visit pass — counter code and QR for staff, upcoming pickups and try-ons,
//! the log of staff look-ups, profile, and erasure. The last copy is kept on the device so
//! the pass still works at a counter with no signal.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use serde::{Deserialize, Serialize};
use tandem_api::{Appointment, AppointmentStatus, Lookup, ProfileUpdate, Reservation, Session};

use crate::api::{self, ApiFailure};
use crate::components::common::{set_title, ErrorView, Loading};
use crate::components::dialog::ConfirmDialog;
use crate::components::reservation::StatusPill;
use crate::format;
use crate::i18n::use_i18n;
use crate::state::session::use_session;
use crate::state::{self, use_stores};

const SAVED_KEY: &str = "tandem.pass";

/// Everything the pass shows, as saved for offline use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct PassData {
    session: Session,
    qr_svg: String,
    reservations: Vec<Reservation>,
    appointments: Vec<Appointment>,
    lookups: Vec<Lookup>,
    saved_at_ms: f64,
}

async fn fetch_pass() -> Result<PassData, ApiFailure> {
    let session = api::session().await?;
    let qr_svg = api::pass_qr_svg().await?;
    let reservations = api::my_reservations()
        .await?
        .into_iter()
        .filter(|r| r.status.is_open())
        .collect();
    let now = format::now_ms();
    let appointments = api::my_appointments()
        .await?
        .into_iter()
        .filter(|a| a.status == AppointmentStatus::Booked && format::parse_ms(&a.end) > now)
        .collect();
    let lookups = api::lookups().await?;
    let data = PassData {
        session,
        qr_svg,
        reservations,
        appointments,
        lookups,
        saved_at_ms: now,
    };
    if let Ok(json) = serde_json::to_string(&data) {
        state::save(SAVED_KEY, Some(&json));
    }
    Ok(data)
}

/// The pass: fresh from the server, or the saved copy when offline.
#[derive(Clone, Debug, PartialEq)]
enum Loaded {
    Fresh(PassData),
    Saved(PassData),
}

/// The visit pass page.
#[component]
pub fn PassPage() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| set_title(i18n.t().pass_title));
    let pass = LocalResource::new(|| async {
        match fetch_pass().await {
            Ok(d) => Ok(Loaded::Fresh(d)),
            Err(ApiFailure::Network) => state::load(SAVED_KEY)
                .and_then(|s| serde_json::from_str::<PassData>(&s).ok())
                .map(Loaded::Saved)
                .ok_or(ApiFailure::Network),
            Err(e) => Err(e),
        }
    });
    view! {
        <section class="pass page" data-testid="pass-page">
            <h1 class="page-title">{move || i18n.t().pass_title}</h1>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match pass.await {
                        Ok(Loaded::Fresh(d)) => view! { <PassView data=d offline=false on_change=move |_| pass.refetch()/> }.into_any(),
                        Ok(Loaded::Saved(d)) => view! { <PassView data=d offline=true on_change=move |_| pass.refetch()/> }.into_any(),
                        Err(e) => view! { <ErrorView failure=e on_retry=move |_| pass.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn PassView(data: PassData, offline: bool, #[prop(into)] on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let shopper = use_session();
    let navigate = use_navigate();
    let d = StoredValue::new(data);
    let announce = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiFailure>);

    let rotate = Action::new_local(|_: &()| async { api::rotate_code().await });
    Effect::new(move |_| match rotate.value().get() {
        Some(Ok(_)) => {
            announce.set(i18n.t().new_code_done.to_string());
            on_change.run(());
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });

    let name = RwSignal::new(d.with_value(|d| d.session.display_name.clone().unwrap_or_default()));
    let phone = RwSignal::new(d.with_value(|d| d.session.phone.clone().unwrap_or_default()));
    let save = Action::new_local(|u: &ProfileUpdate| {
        let u = u.clone();
        async move { api::update_profile(&u).await }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(s)) => {
            shopper.session.set(Some(s));
            error.set(None);
            announce.set(i18n.t().saved.to_string());
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let field_error = move |field: &str| error.get().and_then(|e| e.field(field));

    let confirm_erase = RwSignal::new(false);
    let erase = Action::new_local(|_: &()| async { api::erase_session().await });
    Effect::new(move |_| match erase.value().get() {
        Some(Ok(_)) => {
            state::save(SAVED_KEY, None);
            shopper.session.set(None);
            navigate("/?erased=1", Default::default());
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });

    let expires = move || {
        d.with_value(|d| {
            let at = &d.session.counter_code_expires_at;
            let zone =
                js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
                    .resolved_options();
            let zone = js_sys::Reflect::get(&zone, &"timeZone".into())
                .ok()
                .and_then(|z| z.as_string())
                .unwrap_or_else(|| "UTC".into());
            (i18n.t().code_expires)(&format::date_time_in(at, &zone, i18n.lang()))
        })
    };
    let qr_src = d.with_value(|d| {
        format!(
            "data:image/svg+xml;charset=utf-8,{}",
            String::from(js_sys::encode_uri_component(&d.qr_svg))
        )
    });
    let store_name = move |id: &str| {
        stores
            .find(id)
            .map(|s| i18n.lang().pick(&s.name))
            .unwrap_or_else(|| id.to_string())
    };
    let zone_of = move |id: &str| {
        stores
            .find(id)
            .map(|s| s.time_zone)
            .unwrap_or_else(|| "UTC".into())
    };

    view! {
        {offline.then(|| view! {
            <p class="notice" role="status" data-testid="pass-offline">
                {move || i18n.t().offline_copy}" ("{move || format::relative_seconds(-((format::now_ms() - d.with_value(|d| d.saved_at_ms)) / 1000.0).floor(), i18n.lang())}")"
            </p>
        })}
        <p class="muted">{move || i18n.t().pass_intro}</p>
        <section class="pickup-pass card" aria-labelledby="counter-code-title">
            <h2 id="counter-code-title">{move || i18n.t().counter_code}</h2>
            <p class="code" data-testid="counter-code-display">{d.with_value(|d| d.session.counter_code.clone())}</p>
            <img class="qr" src=qr_src width="240" height="240" alt=move || i18n.t().pass_qr_alt data-testid="pass-qr"/>
            <p class="muted" data-testid="code-expires">{expires}</p>
            <button type="button" class="button secondary" data-testid="rotate-code" disabled=offline
                on:click=move |_| { rotate.dispatch(()); }>{move || i18n.t().new_code}</button>
            <p class="muted">{move || i18n.t().new_code_note}</p>
        </section>
        <p class="visually-hidden" aria-live="polite" data-testid="pass-announcement">{move || announce.get()}</p>
        {move || error.get().filter(|e| e.code() != "invalid_input").map(|e| view! {
            <p class="form-error" role="alert">{if e.code() == "network" { i18n.t().network_error } else { (i18n.t().error_code)(e.code()) }}</p>
        })}

        <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{move || i18n.t().upcoming_visits}</h2>
            {move || {
                let (rs, aps) = d.with_value(|d| (d.reservations.clone(), d.appointments.clone()));
                if rs.is_empty() && aps.is_empty() {
                    return view! { <p class="muted" data-testid="no-upcoming">{i18n.t().no_upcoming}</p> }.into_any();
                }
                let t = i18n.t();
                let lang = i18n.lang();
                view! {
                    <ul class="visit-list" data-testid="upcoming-visits">
                        {rs.into_iter().map(|r| {
                            let zone = zone_of(&r.store_id);
                            view! {
                                <li class="card visit" data-testid=format!("upcoming-reservation-{}", r.id)>
                                    <p><strong>{t.pickup_label}</strong>" · "{store_name(&r.store_id)}</p>
                                    <StatusPill status=r.status/>
                                    <p class="code small">{r.pickup_code.clone()}</p>
                                    <p class="muted">{t.ready_by}": "{format::date_time_in(&r.ready_by, &zone, lang)}</p>
                                    <A href=format!("/reservations/{}", r.id)>{t.view_details}</A>
                                </li>
                            }
                        }).collect_view()}
                        {aps.into_iter().map(|a| {
                            let zone = zone_of(&a.store_id);
                            view! {
                                <li class="card visit" data-testid=format!("upcoming-appointment-{}", a.id)>
                                    <p><strong>{t.try_on_label}</strong>" · "{store_name(&a.store_id)}</p>
                                    <p class="code small">{a.booking_code.clone()}</p>
                                    <p class="muted">{format::date_time_in(&a.start, &zone, lang)}</p>
                                    <A href=format!("/appointments/{}", a.id)>{t.view_details}</A>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>

        <nav class="actions" aria-label=move || i18n.t().my_visits>
            <A href="/reservations" attr:class="button secondary" attr:data-testid="pass-reservations">{move || i18n.t().my_reservations}</A>
            <A href="/appointments" attr:class="button secondary" attr:data-testid="pass-appointments">{move || i18n.t().try_on_my_appointments}</A>
        </nav>

        <section aria-labelledby="lookups-title">
            <h2 id="lookups-title">{move || i18n.t().lookups_title}</h2>
            <p class="muted">{move || i18n.t().lookups_intro}</p>
            {move || {
                let log = d.with_value(|d| d.lookups.clone());
                if log.is_empty() {
                    return view! { <p class="muted" data-testid="no-lookups">{i18n.t().no_lookups}</p> }.into_any();
                }
                let lang = i18n.lang();
                view! {
                    <ul class="lookup-log" data-testid="lookup-log">
                        {log.into_iter().map(|l| {
                            let zone = zone_of(&l.store_id);
                            view! {
                                <li>
                                    {(i18n.t().looked_up_by)(&l.staff_name, &lang.pick(&l.store_name))}
                                    " · "<span class="muted">{format::date_time_in(&l.at, &zone, lang)}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>

        <section class="card" aria-labelledby="profile-title">
            <h2 id="profile-title">{move || i18n.t().profile_title}</h2>
            <form data-testid="profile-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                save.dispatch(ProfileUpdate { display_name: Some(name.get_untracked()), phone: Some(phone.get_untracked()) });
            }>
                <div class="field">
                    <label for="profile-name">{move || i18n.t().display_name}</label>
                    <input id="profile-name" type="text" maxlength="60" autocomplete="nickname" data-testid="profile-name"
                        aria-describedby="profile-name-error"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                    <p id="profile-name-error" class="field-error">{move || field_error("display_name")}</p>
                </div>
                <div class="field">
                    <label for="profile-phone">{move || i18n.t().phone}</label>
                    <input id="profile-phone" type="tel" maxlength="20" autocomplete="tel" data-testid="profile-phone"
                        aria-describedby="profile-phone-error"
                        prop:value=move || phone.get() on:input=move |ev| phone.set(event_target_value(&ev))/>
                    <p id="profile-phone-error" class="field-error">{move || field_error("phone")}</p>
                </div>
                <button type="submit" class="button" data-testid="profile-save" disabled=offline>{move || i18n.t().save}</button>
            </form>
        </section>

        <section class="card danger-zone" aria-labelledby="erase-title">
            <h2 id="erase-title">{move || i18n.t().erase_title}</h2>
            <p>{move || i18n.t().erase_intro}</p>
            <button type="button" class="button danger" data-testid="erase-data" disabled=offline
                on:click=move |_| confirm_erase.set(true)>{move || i18n.t().erase_button}</button>
        </section>
        <ConfirmDialog
            open=confirm_erase
            title=Signal::derive(move || i18n.t().erase_confirm_title.to_string())
            body=Signal::derive(move || i18n.t().erase_confirm_body.to_string())
            confirm_label=Signal::derive(move || i18n.t().erase_yes.to_string())
            cancel_label=Signal::derive(move || i18n.t().keep_it.to_string())
            on_confirm=move |_| { erase.dispatch(()); }
            testid="erase-dialog"
        />
    }
}
