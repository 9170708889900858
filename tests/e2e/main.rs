//! Headless-browser end-to-end tests against the real server binary and the built app.
//! Run by `cargo xtask test` (which builds both first).
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod a11y;
mod appointments;
mod catalog;
mod language;
mod live;
mod pass;
mod pwa;
mod reservations;
mod staff;
