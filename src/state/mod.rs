//! App-wide state provided at the root: the store list and the shopper's location choice.

pub mod location;
pub mod session;

use leptos::prelude::*;
use tandem_api::Store;

use crate::api::{self, ApiResult};

/// Reads a value from `localStorage`, if the browser allows it.
pub fn load(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Writes (or with `None`, removes) a value in `localStorage`; failures are harmless.
pub fn save(key: &str, value: Option<&str>) {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    let _ = match value {
        Some(v) => storage.set_item(key, v),
        None => storage.remove_item(key),
    };
}

/// Every store, fetched once per visit and shared by all pages.
#[derive(Clone, Copy)]
pub struct Stores(pub LocalResource<ApiResult<Vec<Store>>>);

impl Stores {
    /// Starts loading the store list.
    pub fn new() -> Self {
        Self(LocalResource::new(|| async { api::stores().await }))
    }

    /// The stores if loaded (reactive); empty while loading or on error.
    pub fn list(&self) -> Vec<Store> {
        self.0.get().and_then(|r| r.ok()).unwrap_or_default()
    }

    /// One store by id (reactive).
    pub fn find(&self, id: &str) -> Option<Store> {
        self.list().into_iter().find(|s| s.id == id)
    }
}

impl Default for Stores {
    fn default() -> Self {
        Self::new()
    }
}

/// The shared store list; panics outside the app root, where it is always provided.
pub fn use_stores() -> Stores {
    expect_context::<Stores>()
}
