//! Components grouped by domain.

pub mod common;
pub mod layout;
pub mod location;
pub mod product;
pub mod stock;
