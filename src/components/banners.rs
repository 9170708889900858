//! App-wide notices: "you're offline" at the top, "a new version is available" at the bottom.
//! Each sits in a live region that is always in the page, so screen readers hear the change.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::pwa::{self, use_online, use_pwa};

/// Shown while Tandem cannot be reached: what still works, and that stock may be stale.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let i18n = use_i18n();
    let online = use_online();
    view! {
        <div role="status" class="banner-region">
            <Show when=move || !online.get()>
                <div class="offline-banner" data-testid="offline-banner">
                    <p>{move || i18n.t().offline_banner}</p>
                </div>
            </Show>
        </div>
    }
}

/// Shown when a new version is installed: reloading switches to it in one step.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let ready = use_pwa().update_ready;
    view! {
        <div role="status" class="banner-region">
            <Show when=move || ready.get()>
                <div class="update-banner" data-testid="update-banner">
                    <p>{move || i18n.t().update_available}</p>
                    <button type="button" class="button" data-testid="update-reload"
                        on:click=move |_| pwa::apply_update()>
                        {move || i18n.t().update_reload}
                    </button>
                </div>
            </Show>
        </div>
    }
}
