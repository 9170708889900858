//! Choosing where the shopper is: "Use my location", an area, or a store. A native modal
//! `<dialog>` keeps focus inside while open and returns it to the opener when closed.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;
use crate::state::location::{areas, use_location, Place, PlaceKind};
use crate::state::use_stores;

/// The header's "My store: …" button that opens the picker.
#[component]
pub fn MyStoreButton() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let stores = use_stores();
    let label = move || {
        let t = i18n.t();
        let lang = i18n.lang();
        match location.place.get().map(|p| p.kind) {
            None => t.choose_store.to_string(),
            Some(PlaceKind::Here) => t.near_me.to_string(),
            Some(PlaceKind::Area(name)) => lang.pick(&name),
            Some(PlaceKind::Store(id)) => stores
                .find(&id)
                .map(|s| lang.pick(&s.name))
                .unwrap_or_else(|| t.my_store.to_string()),
        }
    };
    view! {
        <button
            type="button"
            class="my-store"
            data-testid="my-store"
            aria-haspopup="dialog"
            on:click=move |_| location.picker_open.set(true)
        >
            <span class="my-store-label">{move || i18n.t().my_store}": "</span>
            <span data-testid="my-store-name">{label}</span>
        </button>
    }
}

/// Why the browser gave no position.
#[derive(Clone, Copy, PartialEq)]
enum GeoProblem {
    Denied,
    Unavailable,
    Timeout,
    Unsupported,
}

/// The location picker dialog.
#[component]
pub fn LocationPicker() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let stores = use_stores();
    let dialog = NodeRef::<html::Dialog>::new();
    let locating = RwSignal::new(false);
    let problem = RwSignal::new(None::<GeoProblem>);

    // Open and close the native dialog from the signal.
    Effect::new(move |_| {
        let open = location.picker_open.get();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });

    let choose = move |place: Place| {
        location.place.set(Some(place));
        location.picker_open.set(false);
    };

    let use_my_location = move |_| {
        problem.set(None);
        let Some(geo) = window().navigator().geolocation().ok() else {
            problem.set(Some(GeoProblem::Unsupported));
            return;
        };
        locating.set(true);
        let ok = Closure::once_into_js(move |pos: web_sys::Position| {
            locating.set(false);
            let c = pos.coords();
            choose(Place {
                lat: c.latitude(),
                lng: c.longitude(),
                kind: PlaceKind::Here,
            });
        });
        let err = Closure::once_into_js(move |e: web_sys::PositionError| {
            locating.set(false);
            problem.set(Some(match e.code() {
                1 => GeoProblem::Denied,
                3 => GeoProblem::Timeout,
                _ => GeoProblem::Unavailable,
            }));
        });
        let opts = web_sys::PositionOptions::new();
        opts.set_timeout(10_000);
        opts.set_maximum_age(300_000);
        if geo
            .get_current_position_with_error_callback_and_options(
                ok.unchecked_ref(),
                Some(err.unchecked_ref()),
                &opts,
            )
            .is_err()
        {
            locating.set(false);
            problem.set(Some(GeoProblem::Unsupported));
        }
    };

    let problem_text = move || {
        let t = i18n.t();
        problem.get().map(|p| match p {
            GeoProblem::Denied => t.location_denied,
            GeoProblem::Unavailable => t.location_unavailable,
            GeoProblem::Timeout => t.location_timeout,
            GeoProblem::Unsupported => t.location_unsupported,
        })
    };

    view! {
        <dialog
            node_ref=dialog
            class="location-dialog"
            aria-labelledby="location-title"
            data-testid="location-dialog"
            on:close=move |_| location.picker_open.set(false)
        >
            <div class="dialog-head">
                <h2 id="location-title">{move || i18n.t().location_title}</h2>
                <button type="button" class="icon-button" data-testid="location-close"
                    aria-label=move || i18n.t().close
                    on:click=move |_| location.picker_open.set(false)>"×"</button>
            </div>
            <p>{move || i18n.t().location_intro}</p>
            <button type="button" class="button" data-testid="use-my-location" on:click=use_my_location
                disabled=move || locating.get()>
                {move || if locating.get() { i18n.t().locating } else { i18n.t().use_my_location }}
            </button>
            <p class="form-error" role="alert" data-testid="location-problem">{problem_text}</p>
            <h3>{move || i18n.t().pick_area}</h3>
            <ul class="choice-list" data-testid="area-list">
                {move || {
                    let lang = i18n.lang();
                    areas(&stores.list())
                        .into_iter()
                        .map(|(name, lat, lng)| {
                            let label = lang.pick(&name);
                            let slug = name.en.to_lowercase().replace(' ', "-");
                            view! {
                                <li>
                                    <button type="button" class="choice" data-testid=format!("area-{slug}")
                                        on:click=move |_| choose(Place { lat, lng, kind: PlaceKind::Area(name.clone()) })>
                                        {label}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <h3>{move || i18n.t().pick_store}</h3>
            <ul class="choice-list" data-testid="store-choice-list">
                {move || {
                    let lang = i18n.lang();
                    stores
                        .list()
                        .into_iter()
                        .map(|s| {
                            let id = s.id.clone();
                            let name = lang.pick(&s.name);
                            let city = lang.pick(&s.city);
                            view! {
                                <li>
                                    <button type="button" class="choice" data-testid=format!("choose-store-{id}")
                                        on:click=move |_| { location.choose_store(&s); location.picker_open.set(false); }>
                                        <span>{name}</span>
                                        <span class="muted">{city}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <button type="button" class="link-button" data-testid="forget-location"
                on:click=move |_| { location.place.set(None); location.picker_open.set(false); }>
                {move || i18n.t().forget_location}
            </button>
        </dialog>
    }
}
