//! `/staff`: the counter tablet. Staff sign in for their store, then look a shopper up by
//! the code on their visit pass (typed, or scanned where the browser can read QR codes) to
//! hand over reservations, check in try-ons and reserve what the shopper saved; today's
//! queue at the store refreshes by itself.

use leptos::prelude::*;
use leptos::task::spawn_local;
use tandem_api::{Customer, StaffLogin, StaffMe};
use wasm_bindgen::JsCast;

use crate::api::{self, ApiFailure};
use crate::components::common::{set_title, ErrorView, Loading};
use crate::components::staff::{
    local_ymd, use_desk, Desk, PassScanner, SavedItemStock, Served, StaffAppointmentCard,
    StaffReservationCard,
};
use crate::format;
use crate::i18n::use_i18n;
use crate::state::use_stores;

/// How often the queue and the stock counts re-fetch, in seconds.
const REFRESH_SECONDS: u64 = 10;
/// Saved items shown at most (each one fetches its product and stock).
const MAX_SAVED_ITEMS: usize = 12;

/// Where the counter stands.
#[derive(Clone, Debug, PartialEq)]
enum Gate {
    /// Asking the server whether this tablet is signed in.
    Checking,
    /// Signed out, maybe with a word about why.
    SignedOut(Option<Notice>),
    /// Signed in.
    SignedIn(StaffMe),
    /// The server could not be asked.
    Unreachable(ApiFailure),
}

/// Why the sign-in form is showing again.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Notice {
    /// Staff signed out.
    SignedOut,
    /// The staff session ended under us (401).
    SessionOver,
}

fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The staff counter page.
#[component]
pub fn StaffPage() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| set_title(i18n.t().staff_title));
    let gate = RwSignal::new(Gate::Checking);
    let check = move || {
        gate.set(Gate::Checking);
        spawn_local(async move {
            let next = match api::staff_me().await {
                Ok(me) => Gate::SignedIn(me),
                Err(ApiFailure::Api { status: 401, .. }) => Gate::SignedOut(None),
                Err(e) => Gate::Unreachable(e),
            };
            gate.try_set(next);
        });
    };
    check();
    view! {
        <section class="staff page" data-testid="staff-page">
            {move || match gate.get() {
                Gate::Checking => view! { <Loading/> }.into_any(),
                Gate::Unreachable(e) => view! { <ErrorView failure=e on_retry=move |_| check()/> }.into_any(),
                Gate::SignedOut(notice) => view! {
                    <SignIn notice=notice on_signed_in=move |me| gate.set(Gate::SignedIn(me))/>
                }.into_any(),
                Gate::SignedIn(me) => view! {
                    <CounterDesk me=me on_signed_out=move |n| gate.set(Gate::SignedOut(Some(n)))/>
                }.into_any(),
            }}
        </section>
    }
}

/// Username and password; every problem in words, tied to its field.
#[component]
fn SignIn(notice: Option<Notice>, #[prop(into)] on_signed_in: Callback<StaffMe>) -> impl IntoView {
    let i18n = use_i18n();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let missing_user = RwSignal::new(false);
    let missing_pass = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiFailure>);
    let login = Action::new_local(|body: &StaffLogin| {
        let body = body.clone();
        async move { api::staff_login(&body).await }
    });
    Effect::new(move |_| match login.value().get() {
        Some(Ok(me)) => {
            on_signed_in.try_run(me);
        }
        Some(Err(ApiFailure::Api { status: 400, error })) if error.fields.is_some() => {
            let fields = error.fields.unwrap_or_default();
            missing_user.set(fields.contains_key("username"));
            missing_pass.set(fields.contains_key("password"));
            focus_by_id(if fields.contains_key("username") {
                "staff-username"
            } else {
                "staff-password"
            });
        }
        Some(Err(e)) => {
            let wrong = matches!(e, ApiFailure::Api { status: 401, .. });
            failure.set(Some(e));
            if wrong {
                password.set(String::new());
                focus_by_id("staff-password");
            }
        }
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let user = username.get_untracked().trim().to_string();
        let pass = password.get_untracked();
        missing_user.set(user.is_empty());
        missing_pass.set(pass.is_empty());
        failure.set(None);
        if user.is_empty() {
            focus_by_id("staff-username");
            return;
        }
        if pass.is_empty() {
            focus_by_id("staff-password");
            return;
        }
        login.dispatch(StaffLogin {
            username: user,
            password: pass,
        });
    };
    let form_error = move || {
        let t = i18n.t();
        failure.get().map(|e| match &e {
            ApiFailure::Network => t.staff_offline.to_string(),
            ApiFailure::Api { status: 401, .. } => t.staff_wrong_credentials.to_string(),
            ApiFailure::Api { status: 429, error } => (t.staff_too_many_tries)(
                error
                    .detail
                    .as_ref()
                    .and_then(|d| d["retry_after_s"].as_u64())
                    .unwrap_or(60),
            ),
            ApiFailure::Api { error, .. } => (t.error_code)(&error.code).to_string(),
        })
    };
    let notice_text = move || {
        let t = i18n.t();
        notice.map(|n| match n {
            Notice::SignedOut => t.staff_signed_out,
            Notice::SessionOver => t.staff_session_over,
        })
    };
    let wrong = move || failure.with(|f| matches!(f, Some(ApiFailure::Api { status: 401, .. })));
    view! {
        <div class="card raised staff-sign-in" data-testid="staff-sign-in-card">
            <h1 class="page-title">{move || i18n.t().staff_sign_in_title}</h1>
            {move || notice_text().map(|n| view! { <p class="notice" role="status" data-testid="staff-notice">{n}</p> })}
            <p class="muted">{move || i18n.t().staff_sign_in_intro}</p>
            <form on:submit=on_submit novalidate data-testid="staff-sign-in-form">
                <div class="field">
                    <label for="staff-username">{move || i18n.t().staff_username}</label>
                    <input id="staff-username" name="username" type="text" autocomplete="username"
                        autocapitalize="none" spellcheck="false" required data-testid="staff-username"
                        aria-invalid=move || (missing_user.get() || wrong()).to_string()
                        aria-describedby="staff-username-error staff-sign-in-error"
                        prop:value=move || username.get()
                        on:input=move |ev| { username.set(event_target_value(&ev)); missing_user.set(false); }/>
                    <p id="staff-username-error" class="field-error" data-testid="staff-username-error">
                        {move || missing_user.get().then(|| i18n.t().staff_enter_username)}
                    </p>
                </div>
                <div class="field">
                    <label for="staff-password">{move || i18n.t().staff_password}</label>
                    <input id="staff-password" name="password" type="password" autocomplete="current-password"
                        required data-testid="staff-password"
                        aria-invalid=move || (missing_pass.get() || wrong()).to_string()
                        aria-describedby="staff-password-error staff-sign-in-error"
                        prop:value=move || password.get()
                        on:input=move |ev| { password.set(event_target_value(&ev)); missing_pass.set(false); }/>
                    <p id="staff-password-error" class="field-error" data-testid="staff-password-error">
                        {move || missing_pass.get().then(|| i18n.t().staff_enter_password)}
                    </p>
                </div>
                <p id="staff-sign-in-error" class="form-error" role="alert" data-testid="staff-sign-in-error">{form_error}</p>
                <button type="submit" class="button block" data-testid="staff-sign-in"
                    disabled=move || login.pending().get()>
                    {move || if login.pending().get() { i18n.t().staff_signing_in } else { i18n.t().staff_sign_in }}
                </button>
            </form>
        </div>
    }
}

/// Which counter view is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Lookup,
    Queue,
}

/// The signed-in counter: who and where, sign out, look-up and queue tabs, and the polite
/// live region that reports every action.
#[component]
fn CounterDesk(me: StaffMe, #[prop(into)] on_signed_out: Callback<Notice>) -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    let desk = Desk::new(
        me.clone(),
        Callback::new(move |_| {
            on_signed_out.try_run(Notice::SessionOver);
        }),
    );
    provide_context(desk);

    let ticker = set_interval_with_handle(
        move || desk.refresh_now(),
        std::time::Duration::from_secs(REFRESH_SECONDS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = ticker {
            t.clear();
        }
    });

    // The queue: on show, on every tick and after every action; only the newest answer counts.
    let queue_failure = RwSignal::new(None::<ApiFailure>);
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        desk.refresh.track();
        latest.update_value(|n| *n = n.wrapping_add(1));
        let ticket = latest.get_value();
        spawn_local(async move {
            let result = api::staff_queue().await;
            if latest.try_get_value() != Some(ticket) {
                return;
            }
            match result {
                Ok(q) => {
                    desk.queue.try_set(Some(q));
                    queue_failure.try_set(None);
                }
                Err(e) => {
                    if !desk.session_ended(&e) {
                        queue_failure.try_set(Some(e));
                    }
                }
            }
        });
    });

    let sign_out = Action::new_local(|_: &()| async { api::staff_logout().await });
    let sign_out_failure = RwSignal::new(None::<ApiFailure>);
    Effect::new(move |_| match sign_out.value().get() {
        Some(Ok(())) | Some(Err(ApiFailure::Api { status: 401, .. })) => {
            on_signed_out.try_run(Notice::SignedOut);
        }
        Some(Err(e)) => sign_out_failure.set(Some(e)),
        None => {}
    });

    let store_id = me.store_id.clone();
    let store = move || stores.find(&store_id);
    let zone = {
        let store = store.clone();
        move || store().map(|s| s.time_zone).unwrap_or_else(|| "UTC".into())
    };
    let store_label = {
        let store = store.clone();
        let id = me.store_id.clone();
        move || {
            store()
                .map(|s| i18n.lang().pick(&s.name))
                .unwrap_or_else(|| id.clone())
        }
    };
    let expires = me.expires_at.clone();
    let zone2 = zone.clone();
    let expiry = move || {
        (i18n.t().staff_session_ends)(&format::date_time_in(&expires, &zone2(), i18n.lang()))
    };
    let name = me.display_name.clone();

    let tab = RwSignal::new(Tab::Lookup);
    let choose = move |t: Tab| {
        tab.set(t);
        focus_by_id(match t {
            Tab::Lookup => "staff-tab-lookup",
            Tab::Queue => "staff-tab-queue",
        });
    };
    // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
    let on_tab_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowLeft" | "ArrowRight" => {
            ev.prevent_default();
            choose(if tab.get_untracked() == Tab::Lookup {
                Tab::Queue
            } else {
                Tab::Lookup
            });
        }
        "Home" => {
            ev.prevent_default();
            choose(Tab::Lookup);
        }
        "End" => {
            ev.prevent_default();
            choose(Tab::Queue);
        }
        _ => {}
    };
    let waiting = move || {
        desk.queue.with(|q| {
            q.as_ref().map(|q| {
                q.reservations.iter().filter(|r| r.status.is_open()).count()
                    + q.appointments
                        .iter()
                        .filter(|a| a.status == tandem_api::AppointmentStatus::Booked)
                        .count()
            })
        })
    };

    view! {
        <div class="notice staff-strip" data-testid="staff-strip">
            <strong data-testid="staff-name">{move || (i18n.t().staff_signed_in_as)(&name)}</strong>
            <span data-testid="staff-store">{store_label}</span>
            <span data-testid="staff-expiry">{expiry}</span>
            <button type="button" class="button secondary" data-testid="staff-sign-out"
                disabled=move || sign_out.pending().get()
                on:click=move |_| { sign_out.dispatch(()); }>
                {move || i18n.t().staff_sign_out}
            </button>
        </div>
        {move || sign_out_failure.get().map(|_| view! {
            <p class="form-error" role="alert">{i18n.t().staff_offline}</p>
        })}
        <h1 class="visually-hidden">{move || i18n.t().staff_title}</h1>
        <div class="tabs" role="tablist" aria-label=move || i18n.t().staff_tabs_label on:keydown=on_tab_key>
            <button type="button" role="tab" id="staff-tab-lookup" aria-controls="staff-panel-lookup"
                data-testid="staff-tab-lookup"
                aria-selected=move || (tab.get() == Tab::Lookup).to_string()
                tabindex=move || if tab.get() == Tab::Lookup { "0" } else { "-1" }
                on:click=move |_| tab.set(Tab::Lookup)>
                {move || i18n.t().staff_tab_lookup}
            </button>
            <button type="button" role="tab" id="staff-tab-queue" aria-controls="staff-panel-queue"
                data-testid="staff-tab-queue"
                aria-selected=move || (tab.get() == Tab::Queue).to_string()
                tabindex=move || if tab.get() == Tab::Queue { "0" } else { "-1" }
                on:click=move |_| tab.set(Tab::Queue)>
                {move || i18n.t().staff_tab_queue}
                {move || waiting().filter(|n| *n > 0).map(|n| view! { " " <span class="badge">{n}</span> })}
            </button>
        </div>
        <div role="tabpanel" id="staff-panel-lookup" aria-labelledby="staff-tab-lookup"
            hidden=move || tab.get() != Tab::Lookup>
            <LookupPanel/>
        </div>
        <div role="tabpanel" id="staff-panel-queue" aria-labelledby="staff-tab-queue"
            hidden=move || tab.get() != Tab::Queue>
            <QueuePanel failure=queue_failure/>
        </div>
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="staff-announcement">
            {move || desk.announcement.get()}
        </p>
    }
}

/// Type or scan the counter code; then the shopper.
#[component]
fn LookupPanel() -> impl IntoView {
    let i18n = use_i18n();
    let desk = use_desk();
    let code = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiFailure>);
    let lookup = Action::new_local(|c: &String| {
        let c = c.clone();
        async move {
            let result = api::staff_customer(&c).await;
            (c, result)
        }
    });
    Effect::new(move |_| {
        let Some((c, result)) = lookup.value().get() else {
            return;
        };
        let t = i18n.lang.get_untracked().strings();
        match result {
            Ok(customer) => {
                failure.set(None);
                code.set(String::new());
                let name = customer
                    .display_name
                    .clone()
                    .unwrap_or_else(|| t.staff_guest.to_string());
                desk.announce((t.staff_found)(&name));
                desk.served.set(Some(Served { code: c, customer }));
                request_animation_frame(|| focus_by_id("customer-name"));
            }
            Err(e) => {
                if desk.session_ended(&e) {
                    return;
                }
                failure.set(Some(e));
                focus_by_id("counter-code");
            }
        }
    });
    let run = move |c: String| {
        if !c.chars().any(|ch| ch.is_ascii_alphanumeric()) {
            missing.set(true);
            failure.set(None);
            focus_by_id("counter-code");
            return;
        }
        missing.set(false);
        failure.set(None);
        // The previous shopper leaves the screen before the next one is looked up.
        desk.served.set(None);
        lookup.dispatch(c);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        run(code.get_untracked());
    };
    let on_scanned = move |c: String| {
        code.set(c.clone());
        run(c);
    };
    let error_text = move || {
        let t = i18n.t();
        if missing.get() {
            return Some(t.staff_enter_code.to_string());
        }
        failure.get().map(|e| match &e {
            ApiFailure::Network => t.staff_offline.to_string(),
            ApiFailure::Api { status: 404, .. } => t.staff_code_not_found.to_string(),
            ApiFailure::Api { status: 429, error } => (t.staff_too_many_tries)(
                error
                    .detail
                    .as_ref()
                    .and_then(|d| d["retry_after_s"].as_u64())
                    .unwrap_or(60),
            ),
            ApiFailure::Api { error, .. } => (t.error_code)(&error.code).to_string(),
        })
    };
    let invalid = move || (missing.get() || failure.with(|f| f.is_some())).to_string();
    view! {
        <section class="lookup" aria-labelledby="lookup-title">
            <h2 id="lookup-title" class="visually-hidden">{move || i18n.t().staff_tab_lookup}</h2>
            <form on:submit=on_submit novalidate data-testid="lookup-form">
                <div class="field">
                    <label for="counter-code">{move || i18n.t().staff_code_label}</label>
                    <input id="counter-code" name="code" type="text" data-testid="counter-code"
                        autocomplete="off" autocapitalize="characters" spellcheck="false"
                        enterkeyhint="search" maxlength="24"
                        aria-invalid=invalid
                        aria-describedby="counter-code-hint counter-code-error"
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev))/>
                    <p id="counter-code-hint" class="hint">{move || i18n.t().staff_code_hint}</p>
                    <p id="counter-code-error" class="form-error" role="alert" data-testid="lookup-error">{error_text}</p>
                </div>
                <div class="actions">
                    <button type="submit" class="button" data-testid="lookup-submit"
                        disabled=move || lookup.pending().get()>
                        {move || if lookup.pending().get() { i18n.t().staff_looking_up } else { i18n.t().staff_look_up }}
                    </button>
                </div>
            </form>
            <PassScanner on_code=on_scanned/>
            <p class="muted">{move || i18n.t().staff_lookup_recorded}</p>
        </section>
        <Show when=move || desk.served.with(|s| s.is_some())>
            <CustomerView/>
        </Show>
    }
}

/// What the shopper has saved or looked at, wishlist first, each slug once.
fn saved_items(c: &Customer) -> Vec<(String, bool, bool)> {
    let mut out: Vec<(String, bool, bool)> = c
        .wishlist
        .iter()
        .map(|s| (s.clone(), true, false))
        .collect();
    for s in &c.recently_viewed {
        match out.iter_mut().find(|x| &x.0 == s) {
            Some(x) => x.2 = true,
            None => out.push((s.clone(), false, true)),
        }
    }
    out.truncate(MAX_SAVED_ITEMS);
    out
}

/// The shopper at the counter: who, their reservations and try-ons (this store's first,
/// actionable), and what they saved with this store's stock.
#[component]
fn CustomerView() -> impl IntoView {
    let i18n = use_i18n();
    let desk = use_desk();
    let stores = use_stores();
    let customer = move || desk.served.with(|s| s.as_ref().map(|s| s.customer.clone()));
    let name = move || {
        desk.served
            .with(|s| s.as_ref().and_then(|s| s.customer.display_name.clone()))
            .unwrap_or_else(|| i18n.t().staff_guest.to_string())
    };
    let phone = move || {
        desk.served
            .with(|s| s.as_ref().and_then(|s| s.customer.phone.clone()))
    };
    let reservations = move || {
        desk.served.with(|s| {
            s.as_ref()
                .map(|s| s.customer.reservations.clone())
                .unwrap_or_default()
        })
    };
    let my_store = desk.store_id();
    // Today's try-ons at this store first, then this store's others, then other stores'.
    let appointments = move || {
        let today = stores.find(&my_store).map(|s| (s.today.date, s.time_zone));
        let mut list = desk.served.with(|s| {
            s.as_ref()
                .map(|s| s.customer.appointments.clone())
                .unwrap_or_default()
        });
        list.sort_by_key(|a| {
            let here = a.store_id == my_store;
            let is_today = today
                .as_ref()
                .is_some_and(|(date, zone)| here && &local_ymd(&a.start, zone) == date);
            (!here, !is_today)
        });
        list
    };
    let saved = move || customer().map(|c| saved_items(&c)).unwrap_or_default();
    let no_reservations = move || {
        desk.served.with(|s| {
            s.as_ref()
                .is_none_or(|s| s.customer.reservations.is_empty())
        })
    };
    let no_appointments = move || {
        desk.served.with(|s| {
            s.as_ref()
                .is_none_or(|s| s.customer.appointments.is_empty())
        })
    };
    let no_saved = move || saved().is_empty();
    view! {
        <section class="customer" data-testid="customer-view" aria-labelledby="customer-name">
            <div class="notice success">
                <h2 id="customer-name" tabindex="-1" data-testid="customer-name">{name}</h2>
                {move || phone().map(|p| view! {
                    <p>{move || i18n.t().staff_phone}": "<a href=format!("tel:{p}") data-testid="customer-phone">{p.clone()}</a></p>
                })}
                <button type="button" class="link-button" data-testid="customer-clear"
                    on:click=move |_| { desk.served.set(None); focus_by_id("counter-code"); }>
                    {move || i18n.t().staff_done}
                </button>
            </div>

            <h3>{move || i18n.t().staff_reservations}</h3>
            <Show when=no_reservations>
                <p class="muted" data-testid="customer-no-reservations">{move || i18n.t().staff_no_reservations}</p>
            </Show>
            <ul class="visit-list" data-testid="customer-reservations">
                <For each=reservations key=|r| format!("{}:{:?}", r.id, r.status) let:r>
                    <StaffReservationCard reservation=r/>
                </For>
            </ul>

            <h3>{move || i18n.t().staff_try_ons}</h3>
            <Show when=no_appointments>
                <p class="muted" data-testid="customer-no-appointments">{move || i18n.t().staff_no_try_ons}</p>
            </Show>
            <ul class="visit-list" data-testid="customer-appointments">
                <For each=appointments key=|a| format!("{}:{:?}", a.id, a.status) let:a>
                    <StaffAppointmentCard appointment=a/>
                </For>
            </ul>

            <h3>{move || i18n.t().staff_saved_items}</h3>
            <Show when=no_saved>
                <p class="muted" data-testid="customer-no-saved">{move || i18n.t().staff_no_saved_items}</p>
            </Show>
            <ul class="visit-list" data-testid="customer-saved">
                <For each=saved key=|(slug, _, _)| slug.clone() let:item>
                    <SavedItemStock slug=item.0 wishlisted=item.1 viewed=item.2/>
                </For>
            </ul>
        </section>
    }
}

/// Today's open pickups and try-ons at this store, with the same steps.
#[component]
fn QueuePanel(failure: RwSignal<Option<ApiFailure>>) -> impl IntoView {
    let i18n = use_i18n();
    let desk = use_desk();
    let stores = use_stores();
    let my_store = desk.store_id();
    let store = move || stores.find(&my_store);
    let title = {
        let store = store.clone();
        let id = desk.store_id();
        move || {
            let name = store()
                .map(|s| i18n.lang().pick(&s.name))
                .unwrap_or_else(|| id.clone());
            (i18n.t().staff_queue_title)(&name)
        }
    };
    let subtitle = move || {
        let lang = i18n.lang();
        let t = i18n.t();
        let date = desk
            .queue
            .with(|q| q.as_ref().map(|q| format::local_date(&q.date, lang)));
        let zone = store()
            .map(|s| (t.times_in_zone)(&format::zone_name(&s.time_zone, lang)))
            .unwrap_or_default();
        [
            date.unwrap_or_default(),
            zone,
            t.staff_refreshes.to_string(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
    };
    let reservations = move || {
        desk.queue.with(|q| {
            q.as_ref()
                .map(|q| q.reservations.clone())
                .unwrap_or_default()
        })
    };
    let appointments = move || {
        desk.queue.with(|q| {
            q.as_ref()
                .map(|q| q.appointments.clone())
                .unwrap_or_default()
        })
    };
    let loaded = move || desk.queue.with(|q| q.is_some());
    view! {
        <section class="queue" data-testid="store-queue" aria-labelledby="queue-title">
            <h2 id="queue-title">{title}</h2>
            <p class="muted" data-testid="queue-subtitle">{subtitle}</p>
            {move || failure.get().map(|e| {
                let text = match &e {
                    ApiFailure::Network => i18n.t().staff_offline,
                    ApiFailure::Api { error, .. } => (i18n.t().error_code)(&error.code),
                };
                view! { <p class="form-error" role="alert" data-testid="queue-error">{text}</p> }
            })}
            <Show when=loaded fallback=|| view! { <Loading/> }>
                <h3>{move || i18n.t().staff_pickups}</h3>
                <Show when=move || reservations().is_empty()>
                    <p class="muted" data-testid="queue-no-pickups">{move || i18n.t().staff_no_pickups}</p>
                </Show>
                <ul class="visit-list" data-testid="queue-reservations">
                    <For each=reservations key=|r| format!("{}:{:?}", r.id, r.status) let:r>
                        <StaffReservationCard reservation=r prefix="queue-"/>
                    </For>
                </ul>
                <h3>{move || i18n.t().staff_try_ons_today}</h3>
                <Show when=move || appointments().is_empty()>
                    <p class="muted" data-testid="queue-no-try-ons">{move || i18n.t().staff_no_try_ons_today}</p>
                </Show>
                <ul class="visit-list" data-testid="queue-appointments">
                    <For each=appointments key=|a| format!("{}:{:?}", a.id, a.status) let:a>
                        <StaffAppointmentCard appointment=a prefix="queue-"/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(wishlist: &[&str], viewed: &[&str]) -> Customer {
        Customer {
            display_name: None,
            phone: None,
            reservations: vec![],
            appointments: vec![],
            wishlist: wishlist.iter().map(|s| s.to_string()).collect(),
            recently_viewed: viewed.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn saved_items_list_the_wishlist_first_and_each_product_once() {
        let items = saved_items(&customer(&["coat", "bag"], &["scarf", "coat"]));
        assert_eq!(
            items,
            vec![
                ("coat".to_string(), true, true),
                ("bag".to_string(), true, false),
                ("scarf".to_string(), false, true),
            ]
        );
    }

    #[test]
    fn saved_items_are_capped() {
        let many: Vec<String> = (0..30).map(|i| format!("p{i}")).collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(saved_items(&customer(&refs, &[])).len(), MAX_SAVED_ITEMS);
    }
}
