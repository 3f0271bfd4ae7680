//! JSON and CSV downloads of the rows the current filters select, built in the browser from
//! chunked requests, with progress and a limit.

use super::rows::cell_text;
use crate::api::{self, ApiError};
use crate::components::use_announcer;
use crate::i18n::*;
use crate::l10n::{error_message, use_lang};
use leptos::prelude::*;
use opendata_core::dataview::{
    csv, export_chunks, DataView, FieldInfo, CSV_BOM, EXPORT_CHUNK, EXPORT_LIMIT,
};
use opendata_core::format::format_int;
use serde_json::{Map, Value};
use wasm_bindgen::JsCast;

/// JSON and CSV downloads of the rows the current filters select, fetched in chunks with
/// progress, up to [`EXPORT_LIMIT`] rows.
#[component]
pub(super) fn Downloads(
    index: String,
    version: String,
    total: u64,
    view: DataView,
    fields: Vec<FieldInfo>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let announcer = use_announcer();
    let progress = RwSignal::new(None::<(u64, u64)>);
    let failed = RwSignal::new(None::<ApiError>);
    let wanted = total.min(EXPORT_LIMIT);
    let start = move |as_csv: bool| {
        if progress.get_untracked().is_some() {
            return;
        }
        let (index, version, view, fields) =
            (index.clone(), version.clone(), view.clone(), fields.clone());
        failed.set(None);
        progress.set(Some((0, wanted)));
        leptos::task::spawn_local(async move {
            let pk = fields.iter().find(|f| f.pk).map(|f| f.name.clone());
            let mut rows: Vec<Map<String, Value>> = Vec::new();
            let mut after: Option<String> = None;
            for (from, size) in export_chunks(total, EXPORT_LIMIT, EXPORT_CHUNK) {
                let source = view.chunk_source(&fields, from, size, after.as_deref());
                match api::dataset::detailed(&index, &version, &source).await {
                    Ok(r) => {
                        after = pk
                            .as_ref()
                            .and_then(|k| r.data.last().map(|row| cell_text(row.get(k))));
                        rows.extend(r.data);
                        progress.set(Some((rows.len() as u64, wanted)));
                    }
                    Err(e) => {
                        announcer.announce(error_message(i18n, &e));
                        failed.set(Some(e));
                        progress.set(None);
                        return;
                    }
                }
            }
            let names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
            let (body, mime, ext) = if as_csv {
                (
                    format!("{CSV_BOM}{}", csv(&names, &rows)),
                    "text/csv;charset=utf-8",
                    "csv",
                )
            } else {
                let json = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into());
                (json, "application/json", "json")
            };
            save_file(&format!("{index}-{version}.{ext}"), &body, mime);
            progress.set(None);
            announcer.announce(t_string!(i18n, download_ready).to_string());
        });
    };
    let start2 = start.clone();
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{t_string!(i18n, downloads_heading)}</h2>
            {(total > EXPORT_LIMIT)
                .then(|| {
                    let limit = format_int(EXPORT_LIMIT, lang);
                    view! {
                        <p class="hint">
                            {t_string!(i18n, download_limit, n = limit.clone()).to_string()}
                        </p>
                    }
                })}
            <div class="download-buttons">
                <button
                    type="button"
                    class="button secondary"
                    disabled=move || progress.get().is_some() || total == 0
                    on:click=move |_| start(false)
                >
                    {t_string!(i18n, download_json)}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    disabled=move || progress.get().is_some() || total == 0
                    on:click=move |_| start2(true)
                >
                    {t_string!(i18n, download_csv)}
                </button>
            </div>
            {move || {
                progress
                    .get()
                    .map(|(done, of)| {
                        let text = t_string!(
                            i18n,
                            download_progress,
                            done = format_int(done, lang),
                            total = format_int(of, lang)
                        )
                            .to_string();
                        view! {
                            <p>
                                <label for="download-progress">{text}</label>
                                <progress
                                    id="download-progress"
                                    max=of.max(1).to_string()
                                    value=done.to_string()
                                ></progress>
                            </p>
                        }
                    })
            }}
            {move || {
                failed
                    .get()
                    .map(|e| {
                        view! {
                            <p class="error-title" role="alert">
                                {error_message(i18n, &e)}
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// Hands `body` to the browser as a download named `name`.
fn save_file(name: &str, body: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = link {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Give the browser time to start the download before the data is released.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}
