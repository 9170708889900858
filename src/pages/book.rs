//! `/book?store=&date=&sku=A,B`: book a try-on — a store with fitting rooms, a day, a time,
//! and the items to try with that store's stock of each. The address holds what a shopper
//! would share (store, day, items); the chosen time is the shopper's own.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use tandem_api::{NewAppointment, Slot};

use crate::api::{self, ApiFailure};
use crate::components::appointment::{
    book_href, bookable_dates, closed_on, failure_text, local_date_of, names_field, next_free,
    parse_skus, save_draft, time_range, NextFree, SlotChooser, TryOnItemRow,
};
use crate::components::common::{set_title, Loading};
use crate::format;
use crate::i18n::{use_i18n, Strings};
use crate::state::use_stores;

/// Why the chosen time cannot be booked.
#[derive(Clone, Debug, PartialEq)]
enum TimeProblem {
    /// None chosen yet.
    NotChosen,
    /// It filled up meanwhile.
    Full,
    /// The server refused it (passed, too soon, …).
    Refused(ApiFailure),
}

impl TimeProblem {
    fn text(&self, t: &Strings) -> String {
        match self {
            TimeProblem::NotChosen => t.try_on_choose_time_first.to_string(),
            TimeProblem::Full => t.try_on_slot_full.to_string(),
            TimeProblem::Refused(f) => failure_text(f, t),
        }
    }
}

/// The booking page.
#[component]
pub fn BookPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let stores = use_stores();
    Effect::new(move |_| set_title(i18n.t().try_on_book_title));

    let store_id = Memo::new(move |_| query.read().get("store").unwrap_or_default());
    let skus = Memo::new(move |_| parse_skus(&query.read().get("sku").unwrap_or_default()));
    let url_date = Memo::new(move |_| query.read().get("date").unwrap_or_default());
    let store = Memo::new(move |_| stores.find(&store_id.get()));
    let bookable = Memo::new(move |_| store.get().filter(|s| s.fitting_rooms > 0));
    // The items on this page are the ones gathered: a product page's link adds to them.
    Effect::new(move |_| save_draft(&skus.get()));

    let date = RwSignal::new(String::new());
    let selected = RwSignal::new(None::<Slot>);
    let reload = RwSignal::new(0u32);
    let time_problem = RwSignal::new(None::<TimeProblem>);
    let failure = RwSignal::new(None::<ApiFailure>);
    let full = RwSignal::new(None::<Vec<Slot>>);
    let no_store = RwSignal::new(false);

    // A new store starts afresh: the day from the link if it is bookable, else its first
    // open day.
    Effect::new(move |_| {
        let Some(s) = bookable.get() else {
            return;
        };
        selected.set(None);
        full.set(None);
        time_problem.set(None);
        no_store.set(false);
        let dates = bookable_dates(&s.today.date);
        if dates.contains(&date.get_untracked()) {
            return;
        }
        let wanted = url_date.get_untracked();
        let first_open = dates.iter().find(|d| !closed_on(&s, d)).cloned();
        date.set(if dates.contains(&wanted) {
            wanted
        } else {
            first_open
                .or_else(|| dates.first().cloned())
                .unwrap_or_default()
        });
    });
    // The day goes into the address (replacing it) so the page can be shared or reloaded.
    {
        let navigate = navigate.clone();
        Effect::new(move |_| {
            let d = date.get();
            if d.is_empty() || d == url_date.get_untracked() {
                return;
            }
            let href = book_href(
                Some(&store_id.get_untracked()),
                Some(&d),
                &skus.get_untracked(),
            );
            navigate(
                &href,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        });
    }
    Effect::new(move |_| {
        if selected.get().is_some() {
            time_problem.set(None);
        }
    });

    let items = LocalResource::new(move || {
        let store = bookable.get().map(|s| s.id);
        let skus = skus.get();
        async move { api::try_on_items(store.as_deref(), &skus).await }
    });
    let remove_item = {
        let navigate = navigate.clone();
        Callback::new(move |sku: String| {
            let rest: Vec<String> = skus
                .get_untracked()
                .into_iter()
                .filter(|s| *s != sku)
                .collect();
            let href = book_href(
                Some(&store_id.get_untracked()),
                Some(&date.get_untracked()),
                &rest,
            );
            navigate(
                &href,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        })
    };

    let nonce = StoredValue::new(api::new_nonce());
    let submit = Action::new_local(move |body: &NewAppointment| {
        let body = body.clone();
        // The same key for the same request: a double click or a retry books once.
        let key = api::idempotency_key(&nonce.get_value(), &body);
        async move { api::book_appointment(&body, &key).await }
    });
    {
        let navigate = navigate.clone();
        Effect::new(move |_| match submit.value().get() {
            Some(Ok(a)) => {
                save_draft(&[]);
                nonce.set_value(api::new_nonce());
                navigate(&format!("/appointments/{}", a.id), Default::default());
            }
            Some(Err(e)) => {
                if let Some(next) = next_free(&e) {
                    selected.set(None);
                    full.set(Some(next));
                    time_problem.set(Some(TimeProblem::Full));
                    reload.update(|n| *n += 1);
                } else if names_field(&e, "start") {
                    selected.set(None);
                    time_problem.set(Some(TimeProblem::Refused(e)));
                    reload.update(|n| *n += 1);
                } else {
                    failure.set(Some(e));
                }
            }
            None => {}
        });
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submit.pending().get_untracked() {
            return;
        }
        failure.set(None);
        full.set(None);
        let Some(s) = bookable.get_untracked() else {
            no_store.set(true);
            return;
        };
        let Some(slot) = selected.get_untracked() else {
            time_problem.set(Some(TimeProblem::NotChosen));
            return;
        };
        // Book what the preview recognised; unknown SKUs from an old link are left out.
        let skus = match items.get_untracked() {
            Some(Ok(list)) => list.into_iter().map(|i| i.sku).collect(),
            _ => skus.get_untracked(),
        };
        submit.dispatch(NewAppointment {
            store_id: s.id,
            start: slot.start,
            skus,
        });
    };

    let store_list = move || {
        let t = i18n.t();
        let lang = i18n.lang();
        let chosen = store_id.get();
        let d = date.get();
        let skus = skus.get();
        stores
            .list()
            .into_iter()
            .filter(|s| s.fitting_rooms > 0)
            .map(|s| {
                let current = (s.id == chosen).then_some("true");
                let href = book_href(Some(&s.id), (!d.is_empty()).then_some(d.as_str()), &skus);
                view! {
                    <li>
                        // A plain link (the router still handles it): `<A>` would mark every
                        // `/book?…` link as the current page.
                        <a href=href class="choice" aria-current=current
                            data-testid=format!("book-store-{}", s.id)>
                            <span>{lang.pick(&s.name)}</span>
                            <span class="muted">{lang.pick(&s.city)}" · "{(t.fitting_rooms)(s.fitting_rooms)}</span>
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let unavailable = move || {
        let s = store.get().filter(|s| s.fitting_rooms == 0)?;
        let t = i18n.t();
        Some(view! {
            <p class="notice warning" data-testid="book-store-unavailable">
                {(t.try_on_no_rooms_at)(&i18n.lang().pick(&s.name))}
            </p>
        })
    };
    let chooser = move || {
        bookable.get().map(|s| {
            view! {
                <section class="book-step" aria-labelledby="book-when-title">
                    <h2 id="book-when-title">{move || i18n.t().try_on_step_when}</h2>
                    <SlotChooser
                        store=s
                        date=date
                        selected=selected
                        reload=reload
                        error=Signal::derive(move || time_problem.get().map(|p| p.text(i18n.t())))
                        prefix="book"
                    />
                </section>
            }
        })
    };
    let alternatives = move || {
        let next = full.get()?;
        let zone = bookable.get()?.time_zone;
        let zone2 = zone.clone();
        Some(view! {
            <NextFree slots=next zone=zone prefix="book" on_pick=move |slot: Slot| {
                date.set(local_date_of(&slot.start, &zone2));
                selected.set(Some(slot));
                full.set(None);
            }/>
        })
    };
    let item_list = move || {
        let t = i18n.t();
        match items.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(e)) => view! {
                <p class="form-error" role="alert">{failure_text(&e, t)}</p>
                <button type="button" class="button secondary" on:click=move |_| items.refetch()>{t.retry}</button>
            }
            .into_any(),
            Some(Ok(list)) if list.is_empty() => view! {
                <p class="muted" data-testid="try-on-no-items">{t.try_on_no_items}</p>
            }
            .into_any(),
            Some(Ok(list)) => {
                let here = bookable.get();
                view! {
                    <ul class="line-items try-on-items" data-testid="try-on-items">
                        {list.into_iter().map(|item| view! {
                            <TryOnItemRow item=item store=here.clone() on_remove=remove_item/>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }
        }
    };
    let summary = move || {
        let slot = selected.get()?;
        let s = bookable.get()?;
        let lang = i18n.lang();
        let when = format!(
            "{} {}",
            format::date_in(&slot.start, &s.time_zone, lang),
            time_range(&slot.start, &slot.end, &s.time_zone, lang)
        );
        Some(view! {
            <p class="book-summary" data-testid="book-summary">
                {(i18n.t().try_on_summary)(&when, &lang.pick(&s.name))}
            </p>
        })
    };
    let form_error = move || {
        let t = i18n.t();
        if no_store.get() {
            return Some(t.try_on_choose_store_first.to_string());
        }
        failure.get().map(|f| failure_text(&f, t))
    };
    view! {
        <article class="book page" data-testid="book-page">
            <h1 class="page-title">{move || i18n.t().try_on_book_title}</h1>
            <p class="muted">{move || i18n.t().try_on_book_intro}</p>
            <form class="book-form" novalidate on:submit=on_submit>
                <section class="book-step" aria-labelledby="book-store-title">
                    <h2 id="book-store-title">{move || i18n.t().try_on_step_store}</h2>
                    {unavailable}
                    <ul class="choice-list" data-testid="book-stores">{store_list}</ul>
                </section>
                {chooser}
                {alternatives}
                <section class="book-step" aria-labelledby="book-items-title">
                    <h2 id="book-items-title">
                        {move || (i18n.t().try_on_step_items)(skus.get().len(), tandem_api::MAX_TRY_ON_ITEMS)}
                    </h2>
                    {item_list}
                    <p><A href="/" attr:data-testid="try-on-add-items">{move || i18n.t().try_on_add_items}</A></p>
                </section>
                {summary}
                <p class="form-error" role="alert" data-testid="book-error">{form_error}</p>
                <div class="actions">
                    <button type="submit" class="button" data-testid="book-submit"
                        aria-disabled=move || submit.pending().get().then_some("true")>
                        {move || if submit.pending().get() { i18n.t().try_on_booking } else { i18n.t().try_on_book_button }}
                    </button>
                    <A href="/appointments" attr:class="button secondary" attr:data-testid="my-appointments-link">
                        {move || i18n.t().try_on_my_appointments}
                    </A>
                </div>
            </form>
        </article>
    }
}
