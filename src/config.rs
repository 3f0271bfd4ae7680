//! Runtime configuration from `config.json` beside `index.html`, so one build can be served
//! under any base path and talk to any API base URL.

use serde::Deserialize;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Config {
    /// Prefix of every API request, without a trailing slash (`""` = same origin).
    pub api_base: String,
    /// The app's base path without a trailing slash (`""` = served at the root).
    pub base_path: String,
    /// CSS selector of the element to mount into; the `<body>` when empty or not found.
    pub mount: String,
    /// Map tiles (`{z}/{x}/{y}` template); empty = maps without a background.
    pub tile_url: String,
    /// The tiles' attribution, shown on the map.
    pub tile_attribution: String,
    /// The sign-in page (eGov IDP; the stand-in's own page in development). The app adds
    /// `return=` with the page to come back to. Empty = `{apiBase}/api/portal/login`.
    pub login_url: String,
    /// The catalogue's `manifest.json` (written by the harvester, `docs/harvest.md`), beside
    /// the app's files or on a CDN. Empty = `{basePath}/catalogue/manifest.json`.
    pub catalogue: String,
    /// Whether the portal has our `/api/portal/…` extension (comments, requests,
    /// subscriptions, votes, sign-in). `None` = ask it once (a 404 means it has not).
    pub extension: Option<bool>,
    /// The portal's own web pages, for the actions the app cannot do without the extension.
    /// Empty = `https://data.egov.kz`.
    pub portal_url: String,
}

impl Config {
    /// The catalogue manifest's URL.
    pub fn catalogue_url(&self) -> String {
        if self.catalogue.is_empty() {
            format!("{}/catalogue/manifest.json", self.base_path)
        } else {
            self.catalogue.clone()
        }
    }
    /// The portal's own pages, without a trailing slash.
    pub fn portal_url(&self) -> &str {
        match self.portal_url.trim_end_matches('/') {
            "" => "https://data.egov.kz",
            u => u,
        }
    }
}

static CONFIG: OnceLock<Config> = OnceLock::new();

/// The configuration in force (defaults until `config.json` has been read).
pub fn get() -> &'static Config {
    CONFIG.get_or_init(Config::default)
}

/// The directory `index.html` was served from, from `<base href>` (trunk sets it to the public
/// URL; a host page may set its own).
fn base_dir() -> String {
    let uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| "/".into());
    match uri.rfind('/') {
        Some(i) => uri[..=i].to_string(),
        None => "/".into(),
    }
}

fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].trim_end_matches('/').to_string(),
        None => String::new(),
    }
}

/// Reads `config.json`, then mounts the app. A missing or broken config file falls back to
/// same-origin defaults rather than leaving the citizen with a blank page.
pub fn boot() {
    wasm_bindgen_futures::spawn_local(async {
        let dir = base_dir();
        let mut cfg = match gloo_net::http::Request::get(&format!("{dir}config.json"))
            .send()
            .await
        {
            Ok(r) if r.ok() => r.json::<Config>().await.unwrap_or_default(),
            _ => Config::default(),
        };
        if cfg.base_path.is_empty() {
            cfg.base_path = path_of(&dir);
        }
        cfg.base_path = cfg.base_path.trim_end_matches('/').to_string();
        cfg.api_base = cfg.api_base.trim_end_matches('/').to_string();
        let _ = CONFIG.set(cfg);
        mount();
    });
}

fn mount() {
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            let sel = &get().mount;
            if sel.is_empty() {
                None
            } else {
                d.query_selector(sel).ok().flatten()
            }
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => leptos::mount::mount_to(el, crate::App).forget(),
        None => leptos::mount::mount_to_body(crate::App),
    }
}

#[cfg(test)]
mod tests {
    use super::path_of;

    #[test]
    fn path_of_urls() {
        assert_eq!(path_of("http://h:1/"), "");
        assert_eq!(path_of("http://h/opendata/"), "/opendata");
    }
}
