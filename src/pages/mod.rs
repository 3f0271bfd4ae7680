//! One module per route.

pub mod account;
pub mod app_detail;
pub mod application;
pub mod application_new;
pub mod applications;
pub mod apps;
pub mod catalogue;
pub mod dataset;
pub mod home;
pub mod not_found;
pub mod split;

// Pages link with these; they live below the pages (components use them too).
pub use crate::routing::{href, nav, strip_base};
