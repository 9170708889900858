//! Headless-browser end-to-end tests against the real server binary and the built app.
//! Run by `cargo xtask test` (which builds both first).
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod appointments;
mod catalog;
mod live;
mod pass;
mod reservations;
