//! data.egov.kz web frontend: a Leptos client-rendered single-page app.

pub mod api;
pub mod app;
pub mod components;
pub mod config;
pub mod l10n;
pub mod pages;
pub mod session;

// The generated `i18n` module (locales/{kk,ru,en}.json), see build.rs.
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use app::App;
