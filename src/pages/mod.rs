//! One routed page per file.

pub mod appointment;
pub mod appointments;
pub mod book;
pub mod catalog;
pub mod not_found;
pub mod pass;
pub mod product;
pub mod reservation;
pub mod reservations;
pub mod staff;
pub mod stores;
