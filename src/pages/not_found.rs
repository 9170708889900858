//! A real not-found page for unknown routes.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::common::set_title;
use crate::i18n::use_i18n;

/// Shown for any route the app does not know, and for unknown products.
#[component]
pub fn NotFoundPage(
    /// Explain that the product no longer exists rather than the page.
    #[prop(optional)]
    product: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| set_title(i18n.t().not_found_title));
    view! {
        <section class="not-found page" data-testid="not-found">
            <h1 class="page-title">{move || i18n.t().not_found_title}</h1>
            <p>{move || if product { i18n.t().product_not_found } else { i18n.t().not_found_body }}</p>
            <A href="/" attr:class="button">{move || i18n.t().back_to_shop}</A>
        </section>
    }
}
