//! data.egov.kz web frontend: a Leptos client-rendered single-page app.

pub mod api;
pub mod app;
pub mod components;
pub mod config;
pub mod focus;
pub mod i18n;
pub mod l10n;
pub mod pages;
pub mod routing;
pub mod session;
pub mod storage;

pub use app::App;
