//! The app root: providers (language, stores, location), the layout and the router.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::layout::{Footer, Header};
use crate::components::location::LocationPicker;
use crate::i18n::{I18n, Lang};
use crate::pages::catalog::CatalogPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::product::ProductPage;
use crate::pages::reservation::ReservationPage;
use crate::pages::reservations::ReservationsPage;
use crate::pages::stores::StoresPage;
use crate::state::location::Location;
use crate::state::{self, Stores};

const LANG_KEY: &str = "tandem.lang";

/// The language remembered from last time, else the browser's.
fn initial_lang() -> Lang {
    if let Some(saved) = state::load(LANG_KEY) {
        return Lang::from_tag(&saved);
    }
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    Lang::from_tag(&browser)
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    provide_context(I18n { lang });
    // Keep <html lang> right for screen readers and remember the choice.
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", l.tag());
        }
        state::save(LANG_KEY, Some(l.tag()));
    });
    provide_context(Stores::new());
    provide_context(Location::new());

    view! {
        <Router>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=CatalogPage/>
                    <Route path=path!("/products/:slug") view=ProductPage/>
                    <Route path=path!("/stores") view=StoresPage/>
                    <Route path=path!("/reservations") view=ReservationsPage/>
                    <Route path=path!("/reservations/:id") view=ReservationPage/>
                </Routes>
            </main>
            <Footer/>
            <LocationPicker/>
        </Router>
    }
}
