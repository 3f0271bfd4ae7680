//! App hrefs and router navigation under the configured base path and a language prefix.

use leptos_router::NavigateOptions;
use opendata_core::routes::Route;
use opendata_core::Lang;

/// A page's href under the base path and a language prefix: `href(Lang::Ru, &Route::catalogue())`
/// → `/ru/datasets`, or `/opendata/ru/datasets` when served under `/opendata`.
pub fn href(lang: Lang, route: &Route) -> String {
    format!(
        "{}/{}{}",
        crate::config::get().base_path,
        lang.as_str(),
        route.path()
    )
}

/// The router's path without the base path (`/opendata/ru/datasets` → `/ru/datasets`).
pub fn strip_base(path: &str) -> &str {
    let base = crate::config::get().base_path.as_str();
    match path.strip_prefix(base) {
        Some(rest) if !base.is_empty() && (rest.is_empty() || rest.starts_with('/')) => rest,
        _ => path,
    }
}

/// Navigation options for an href from [`href`]: it carries the base path already, so
/// the router must not resolve (prefix) it again.
pub fn nav(replace: bool, scroll: bool) -> NavigateOptions {
    NavigateOptions {
        resolve: false,
        replace,
        scroll,
        ..Default::default()
    }
}
