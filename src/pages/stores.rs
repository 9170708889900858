//! `/stores`: every store with its address and today's hours in its own time zone.

use leptos::prelude::*;
use tandem_api::{Store, StoreKind};

use crate::components::appointment::BookAtStoreLink;
use crate::components::common::{set_title, ErrorView, Loading};
use crate::format;
use crate::i18n::{use_i18n, Strings};
use crate::state::use_stores;

/// Today's hours with the zone named ("Today: 10:30–21:00 KST"), or "Closed today".
pub fn today_text(s: &Store, t: &Strings) -> String {
    match (&s.today.opens, &s.today.closes) {
        (Some(o), Some(c)) => format!("{}: {o}–{c} {}", t.today, s.today.zone_abbreviation),
        _ => t.closed_today.to_string(),
    }
}

/// The store kind in words.
pub fn kind_name(kind: StoreKind, t: &Strings) -> &'static str {
    match kind {
        StoreKind::Flagship => t.kind_flagship,
        StoreKind::Experience => t.kind_experience,
        StoreKind::Department => t.kind_department,
        StoreKind::PopUp => t.kind_pop_up,
        StoreKind::Standard => t.kind_standard,
    }
}

/// The stores page.
#[component]
pub fn StoresPage() -> impl IntoView {
    let i18n = use_i18n();
    let stores = use_stores();
    Effect::new(move |_| set_title(i18n.t().stores_title));
    view! {
        <section class="stores page">
            <h1 class="page-title">{move || i18n.t().stores_title}</h1>
            <p class="muted">{move || i18n.t().stores_intro}</p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match stores.0.await {
                        Ok(list) => view! {
                            <ul class="store-cards" data-testid="store-cards">
                                {list.into_iter().map(|s| view! { <StoreCard store=s/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorView failure=e on_retry=move |_| stores.0.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// One store: name, kind, address, today's hours with the zone named, weekly hours.
#[component]
fn StoreCard(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    let s = StoredValue::new(store);
    let today = move || s.with_value(|s| today_text(s, i18n.t()));
    let open_badge = move || {
        let t = i18n.t();
        s.with_value(|s| {
            if s.today.open_now {
                (t.open_now, "badge open")
            } else {
                (t.closed_now, "badge closed")
            }
        })
    };
    let id = s.with_value(|s| s.id.clone());
    view! {
        <li class="store-card" data-testid=format!("store-card-{id}")>
            <div class="store-card-head">
                <h2>{move || s.with_value(|s| i18n.lang().pick(&s.name))}</h2>
                <span class=move || open_badge().1>{move || open_badge().0}</span>
            </div>
            <p class="muted">
                {move || s.with_value(|s| kind_name(s.kind, i18n.t()))}" · "
                {move || s.with_value(|s| i18n.lang().pick(&s.city))}
            </p>
            <p>{move || s.with_value(|s| i18n.lang().pick(&s.address))}</p>
            <p class="store-today" data-testid="store-today">{today}</p>
            <p class="muted">
                {move || s.with_value(|s| (i18n.t().times_in_zone)(&format::zone_name(&s.time_zone, i18n.lang())))}
            </p>
            <p>
                {move || s.with_value(|s| if s.fitting_rooms > 0 {
                    (i18n.t().fitting_rooms)(s.fitting_rooms)
                } else {
                    i18n.t().no_fitting_rooms.to_string()
                })}
            </p>
            <BookAtStoreLink store=s.get_value()/>
            <details>
                <summary>{move || i18n.t().opening_hours}</summary>
                <dl class="hours">
                    {move || {
                        let t = i18n.t();
                        s.with_value(|s| (0u8..7).map(|wd| {
                            let h = s.hours.iter().find(|h| h.weekday == wd);
                            let text = h.map(|h| format!("{}–{}", h.opens, h.closes)).unwrap_or_else(|| t.closed.to_string());
                            view! { <dt>{t.weekdays[wd as usize]}</dt><dd>{text}</dd> }
                        }).collect_view())
                    }}
                </dl>
                {move || {
                    let t = i18n.t();
                    let lang = i18n.lang();
                    s.with_value(|s| s.closures.iter().map(|c| view! {
                        <p class="closure">{(t.closed_on)(&format::local_date(&c.date, lang), &lang.pick(&c.reason))}</p>
                    }).collect_view())
                }}
            </details>
        </li>
    }
}
