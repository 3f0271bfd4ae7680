//! The API tab: the exact `GET /api/v4/…` call for the Data tab's current view (same query
//! string), its `source` JSON, and ready-to-run curl, JavaScript and Python snippets, each with
//! a copy button. The user's API key, typed once, fills every snippet (kept in this browser).

use crate::components::use_announcer;
use crate::config;
use crate::i18n::*;
use crate::l10n::use_lang;
use crate::pages::href;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use opendata_core::dataview::{
    curl_snippet, js_fetch_snippet, pretty_source, python_requests_snippet, v4_url, DataView,
    FieldInfo,
};
use opendata_core::routes::Route;
use opendata_core::url::encode;
use opendata_core::wire::{DatasetDetail, Meta};

/// Where the citizen's API key is kept between visits (never sent anywhere but the portal).
const KEY_STORAGE: &str = "opendata.apiKey";
/// The placeholder the portal's own passport uses.
const KEY_PLACEHOLDER: &str = "yourApiKey";

/// The absolute API origin for snippets run outside the browser.
fn api_origin() -> String {
    let base = config::get().api_base.clone();
    if base.starts_with("http://") || base.starts_with("https://") {
        return base;
    }
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{base}")
}

#[component]
pub fn ApiTab(d: DatasetDetail, version: String, meta: Meta) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let loc = use_location();
    let fields = FieldInfo::from_meta(&meta);
    let view = Memo::new(move |_| DataView::from_query(&loc.search.get()));
    let key = RwSignal::new(
        crate::storage::local()
            .and_then(|s| s.get_item(KEY_STORAGE).ok().flatten())
            .unwrap_or_default(),
    );
    let index = d.summary.api_uri.clone();
    let origin = api_origin();
    let snippets = {
        let (index, version, origin) = (index.clone(), version.clone(), origin.clone());
        Memo::new(move |_| {
            let source = view.get().api_source(&fields);
            let k = key.get();
            let k = if k.trim().is_empty() {
                KEY_PLACEHOLDER.to_string()
            } else {
                k.trim().to_string()
            };
            (
                v4_url(&origin, &index, &version, &k, &source),
                pretty_source(&source),
                curl_snippet(&origin, &index, &version, &k, &source),
                js_fetch_snippet(&origin, &index, &version, &k, &source),
                python_requests_snippet(&origin, &index, &version, &k, &source),
            )
        })
    };
    let mapping = format!(
        "{origin}/api/v4/mapping/{}/{}",
        encode(&index),
        encode(&version)
    );
    let meta_url = format!(
        "{origin}/meta/{}/{}?pretty",
        encode(&index),
        encode(&version)
    );
    let data_href = href(lang, &Route::data(&index, view.get_untracked()));
    view! {
        <p class="lead">{t_string!(i18n, api_intro)}</p>
        <p class="back-link">
            <a href=data_href>{t_string!(i18n, api_back_to_data)}</a>
        </p>
        <div class="api-key">
            <label for="api-key">{t_string!(i18n, api_key_label)}</label>
            <p class="hint" id="api-key-hint">
                {t_string!(i18n, api_key_hint)}
            </p>
            <input
                id="api-key"
                type="text"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="api-key-hint"
                placeholder=KEY_PLACEHOLDER
                prop:value=move || key.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(s) = crate::storage::local() {
                        let _ = s.set_item(KEY_STORAGE, v.trim());
                    }
                    key.set(v);
                }
            />
        </div>
        <Snippet
            id="api-url"
            title=t_string!(i18n, api_request_url).to_string()
            text=Signal::derive(move || snippets.get().0)
        />
        <Snippet
            id="api-source"
            title=t_string!(i18n, api_source_json).to_string()
            text=Signal::derive(move || snippets.get().1)
        />
        <Snippet
            id="api-curl"
            title="curl".to_string()
            text=Signal::derive(move || snippets.get().2)
        />
        <Snippet
            id="api-js"
            title="JavaScript (fetch)".to_string()
            text=Signal::derive(move || snippets.get().3)
        />
        <Snippet
            id="api-python"
            title="Python (requests)".to_string()
            text=Signal::derive(move || snippets.get().4)
        />
        <h2>{t_string!(i18n, api_other_endpoints)}</h2>
        <ul class="link-list">
            <li>
                {t_string!(i18n, api_mapping)} ": " <a href=mapping.clone() class="wrap">
                    {mapping.clone()}
                </a>
            </li>
            <li>
                {t_string!(i18n, meta_link)} ": " <a href=meta_url.clone() class="wrap">
                    {meta_url.clone()}
                </a>
            </li>
        </ul>
        <h2>{t_string!(i18n, api_key_how_heading)}</h2>
        <p>{t_string!(i18n, api_key_how)}</p>
    }
}

/// A code block with a heading and a copy button that confirms.
#[component]
fn Snippet(
    /// Unique id for the block (labels the copy button).
    id: &'static str,
    /// The heading.
    title: String,
    /// The code.
    text: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let announcer = use_announcer();
    let copied = RwSignal::new(false);
    let heading_id = format!("{id}-heading");
    let (h1, h2) = (heading_id.clone(), heading_id.clone());
    let copy = move |_| {
        let t = text.get_untracked();
        let Some(clip) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            return;
        };
        let promise = clip.write_text(&t);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => {
                    copied.set(true);
                    announcer.announce(t_string!(i18n, copied).to_string());
                    set_timeout(move || copied.set(false), std::time::Duration::from_secs(3));
                }
                Err(_) => announcer.announce(t_string!(i18n, copy_failed).to_string()),
            }
        });
    };
    view! {
        <section class="snippet" aria-labelledby=h1>
            <div class="snippet-head">
                <h2 id=h2>{title.clone()}</h2>
                // The visible word plus the block's name (hidden), so the accessible name
                // starts with what is seen ("Copy" / "Copied").
                <button type="button" class="button secondary" on:click=copy>
                    {move || {
                        if copied.get() {
                            t_string!(i18n, copied).to_string()
                        } else {
                            t_string!(i18n, copy).to_string()
                        }
                    }}
                    <span class="visually-hidden">": " {title.clone()}</span>
                </button>
            </div>
            // A scrollable block takes focus (keyboard scrolling); a group may carry the heading's name.
            <pre tabindex="0" role="group" aria-labelledby=heading_id>
                <code>{move || text.get()}</code>
            </pre>
        </section>
    }
}
