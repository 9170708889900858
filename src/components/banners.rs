//! App-wide notices: "you're offline" at the top, "a new version is available" at the bottom.
//! Each is a live region that is always in the page (hidden and empty while there is nothing
//! to say), so screen readers hear it appear; it sits directly in the body so the offline
//! banner can stick to the top while the page scrolls.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::pwa::{self, use_online, use_pwa};

/// Shown while Tandem cannot be reached: what still works, and that stock may be stale.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let i18n = use_i18n();
    let online = use_online();
    let offline = move || !online.get();
    view! {
        <div
            role="status"
            class=move || if offline() { "offline-banner" } else { "visually-hidden" }
            data-testid=move || offline().then_some("offline-banner")
        >
            <Show when=offline>
                <p>{move || i18n.t().offline_banner}</p>
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
        <div
            role="status"
            class=move || if ready.get() { "update-banner" } else { "visually-hidden" }
            data-testid=move || ready.get().then_some("update-banner")
        >
            <Show when=move || ready.get()>
                <p>{move || i18n.t().update_available}</p>
                <button
                    type="button"
                    class="button"
                    data-testid="update-reload"
                    on:click=move |_| pwa::apply_update()
                >
                    {move || i18n.t().update_reload}
                </button>
            </Show>
        </div>
    }
}
