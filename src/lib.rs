//! Tandem's storefront web app (Leptos, client-side rendered).
//!
//! `app` holds the router and providers; `api` is the only code that talks to the server;
//! `pages` has one routed page per file; `components` are grouped by domain; `i18n` and
//! `format` keep every word and number in the shopper's language.

pub mod api;
pub mod app;
pub mod components;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod pwa;
pub mod state;
