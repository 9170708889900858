//! Small shared pieces: price, loading, error with retry.

use leptos::prelude::*;
use tandem_api::Money;

use crate::api::ApiFailure;
use crate::format;
use crate::i18n::use_i18n;

/// A price in the shopper's locale.
#[component]
pub fn Price(
    /// The amount.
    #[prop(into)]
    money: Signal<Money>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class="price" data-testid="price">{move || format::money(&money.get(), i18n.lang())}</span> }
}

/// A polite loading line.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="loading" role="status" data-testid="loading">{move || i18n.t().loading}</p> }
}

/// What went wrong, in the shopper's language, with a way forward.
#[component]
pub fn ErrorView(
    /// The failure.
    failure: ApiFailure,
    /// Called by the retry button.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let code = failure.code().to_string();
    let text = move || {
        let t = i18n.t();
        if code == "network" {
            t.network_error
        } else {
            (t.error_code)(&code)
        }
    };
    view! {
        <section class="error-view" role="alert" data-testid="error-view">
            <h1>{move || i18n.t().error_title}</h1>
            <p>{text}</p>
            <button class="button" type="button" data-testid="retry" on:click=move |_| on_retry.run(())>
                {move || i18n.t().retry}
            </button>
        </section>
    }
}

/// Sets the document title for the page ("… · Tandem").
pub fn set_title(title: &str) {
    let full = if title.is_empty() {
        "Tandem".to_string()
    } else {
        format!("{title} · Tandem")
    };
    document().set_title(&full);
}
