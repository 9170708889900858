//! One routed page per file.

pub mod catalog;
pub mod not_found;
pub mod product;
pub mod stores;
