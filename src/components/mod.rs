//! Components grouped by domain.

pub mod appointment;
pub mod banners;
pub mod common;
pub mod dialog;
pub mod layout;
pub mod location;
pub mod product;
pub mod reservation;
pub mod staff;
pub mod stock;
