//! The shopper's session (identity, wishlist), loaded on the first visit and shared.

use leptos::prelude::*;
use tandem_api::Session;

use crate::api;

/// The session context.
#[derive(Clone, Copy)]
pub struct ShopperSession {
    /// The session once loaded (`None` before, or when offline on a first visit).
    pub session: RwSignal<Option<Session>>,
}

impl ShopperSession {
    /// Loads (and on a first visit, creates) the session.
    pub fn new() -> Self {
        let session = RwSignal::new(None);
        leptos::task::spawn_local(async move {
            if let Ok(s) = api::session().await {
                session.set(Some(s));
            }
        });
        Self { session }
    }

    /// Whether a product is on the wishlist (reactive).
    pub fn wished(&self, slug: &str) -> bool {
        self.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.wishlist.iter().any(|w| w == slug))
        })
    }

    /// Adds or removes a product from the wishlist, keeping the shared copy current.
    pub fn toggle_wish(&self, slug: String) {
        let on = !self.wished(&slug);
        let session = self.session;
        leptos::task::spawn_local(async move {
            if let Ok(s) = api::set_wish(&slug, on).await {
                session.set(Some(s));
            }
        });
    }
}

impl Default for ShopperSession {
    fn default() -> Self {
        Self::new()
    }
}

/// The session context; panics outside the app root, where it is always provided.
pub fn use_session() -> ShopperSession {
    expect_context::<ShopperSession>()
}
