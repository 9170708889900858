//! One routed page per file.

pub mod catalog;
pub mod not_found;
pub mod product;
pub mod reservation;
pub mod reservations;
pub mod stores;
