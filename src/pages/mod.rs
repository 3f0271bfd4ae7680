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

use opendata_core::Lang;

/// An app path under a language prefix: `app_path(Lang::Ru, "/datasets")` → `/ru/datasets`.
/// The router adds the configured base path.
pub fn app_path(lang: Lang, rest: &str) -> String {
    format!("/{}{}", lang.as_str(), rest)
}
