//! The app root: providers (language, stores, location), the layout and the router.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::banners::{OfflineBanner, UpdateBanner};
use crate::components::layout::{Footer, Header};
use crate::components::location::LocationPicker;
use crate::i18n::{I18n, Lang};
use crate::pages::appointment::AppointmentPage;
use crate::pages::appointments::AppointmentsPage;
use crate::pages::book::BookPage;
use crate::pages::catalog::CatalogPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::pass::PassPage;
use crate::pages::product::ProductPage;
use crate::pages::reservation::ReservationPage;
use crate::pages::reservations::ReservationsPage;
use crate::pages::staff::StaffPage;
use crate::pages::stores::StoresPage;
use crate::state::location::Location;
use crate::state::session::ShopperSession;
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
    // Before anything fetches: the service worker reports each request to it.
    crate::pwa::provide();
    provide_context(Stores::new());
    provide_context(Location::new());
    provide_context(ShopperSession::new());

    view! {
        <Router>
            <FocusOnNavigate/>
            <OfflineBanner/>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=CatalogPage/>
                    <Route path=path!("/products/:slug") view=ProductPage/>
                    <Route path=path!("/pass") view=PassPage/>
                    <Route path=path!("/stores") view=StoresPage/>
                    <Route path=path!("/staff") view=StaffPage/>
                    <Route path=path!("/reservations") view=ReservationsPage/>
                    <Route path=path!("/reservations/:id") view=ReservationPage/>
                    <Route path=path!("/book") view=BookPage/>
                    <Route path=path!("/appointments") view=AppointmentsPage/>
                    <Route path=path!("/appointments/:id") view=AppointmentPage/>
                </Routes>
            </main>
            <Footer/>
            <LocationPicker/>
            <UpdateBanner/>
        </Router>
    }
}

/// After each route change (not the first render), moves focus to the new page's main
/// heading, so keyboard and screen-reader users start at the top of the new page.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.is_some_and(|p| p != path) {
            focus_main_heading(30);
        }
        path
    });
}

/// Focuses the first `h1` in `#main` (made focusable), waiting up to `tries` × 100 ms for a
/// loading page to show it; else `#main` itself.
fn focus_main_heading(tries: u32) {
    use wasm_bindgen::JsCast;
    set_timeout(
        move || {
            let doc = document();
            let target = match doc.query_selector("#main h1").ok().flatten() {
                Some(h1) => {
                    if !h1.has_attribute("tabindex") {
                        let _ = h1.set_attribute("tabindex", "-1");
                    }
                    Some(h1)
                }
                None if tries > 0 => return focus_main_heading(tries - 1),
                None => doc.get_element_by_id("main"),
            };
            if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        },
        std::time::Duration::from_millis(100),
    );
}
