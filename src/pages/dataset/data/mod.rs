//! The Data tab: a server-paged table over `/api/detailed` whose whole state (page size, sort,
//! per-column filters, row search, page or cursor, version) is in the URL. Deep pages of big
//! registers are read from the far end or through a pk cursor (see `DataView::plan`), so the
//! last page of a million rows costs what the first does. Downloads of the current filter as
//! JSON or CSV are built in the browser from chunked requests, with progress and a limit.

use crate::api::{self, ApiError};
use crate::components::pagination::page_step;
use crate::components::{use_announcer, ErrorPanel};
use crate::i18n::*;
use crate::l10n::{error_message, owned, use_lang};
use crate::pages::app_path;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use opendata_core::dataview::{
    csv, export_chunks, ColumnFilter, DataView, FieldInfo, FilterKind, CSV_BOM, EXPORT_CHUNK,
    EXPORT_LIMIT, MAX_FROM, SIZES,
};
use opendata_core::format::format_int;
use opendata_core::source::{Order, Source};
use opendata_core::url::{encode, page_count};
use opendata_core::wire::{DatasetDetail, Meta};
use opendata_core::Lang;
use serde_json::{Map, Value};
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// One page of rows as shown.
#[derive(Clone, Debug, PartialEq)]
struct GridPage {
    rows: Vec<Map<String, Value>>,
    total: u64,
    /// The page the rows really are (a deep page without a cursor is clamped).
    page: u32,
    exact: bool,
}

/// A cell's text: strings as they are, other JSON as compact JSON, null as empty. Always text,
/// never markup or a link.
fn cell_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The filters and search of a view, without paging or sort: the rows they select have one
/// total, remembered so deep pages can be planned without asking for it again.
fn selection_key(v: &DataView) -> String {
    DataView {
        page: 1,
        after: None,
        before: None,
        sort: None,
        size: opendata_core::dataview::DEFAULT_SIZE,
        ..v.clone()
    }
    .to_query()
}

#[component]
pub fn DataTab(d: DatasetDetail, version: String, meta: Meta) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let loc = use_location();
    let navigate = use_navigate();
    let announcer = use_announcer();
    let fields = StoredValue::new(FieldInfo::from_meta(&meta));
    let meta = StoredValue::new(meta);
    let index = d.summary.api_uri.clone();
    let view = Memo::new(move |_| DataView::from_query(&loc.search.get()));
    let totals = StoredValue::new(HashMap::<String, u64>::new());

    Effect::new(move |_| api::dataset::supersede_grid(&view.get().to_query()));
    let rows = {
        let (index, version) = (index.clone(), version.clone());
        LocalResource::new(move || {
            let v = view.get();
            let (index, version) = (index.clone(), version.clone());
            let fields = fields.get_value();
            async move {
                let key = v.to_query();
                let sel = selection_key(&v);
                let mut total = totals.with_value(|t| t.get(&sel).copied());
                // A deep page is planned from the total: ask for it first (one row).
                let deep = u64::from(v.page.saturating_sub(1)) * u64::from(v.size) > MAX_FROM;
                if total.is_none() && deep {
                    let probe = Source {
                        size: Some(1),
                        query: v.query(&fields),
                        ..Default::default()
                    };
                    let r = api::dataset::grid_request(&key, &index, &version, &probe).await?;
                    total = Some(r.total_count);
                }
                let plan = v.plan(&fields, total);
                let mut r =
                    api::dataset::grid_request(&key, &index, &version, &plan.source).await?;
                if plan.reverse {
                    r.data.reverse();
                }
                totals.update_value(|t| {
                    t.insert(sel, r.total_count);
                });
                Ok::<_, ApiError>(GridPage {
                    rows: r.data,
                    total: r.total_count,
                    page: plan.page,
                    exact: plan.exact_page,
                })
            }
        })
    };
    Effect::new(move |_| {
        if let Some(Ok(p)) = rows.get() {
            announcer.announce(rows_count(i18n, p.total, lang));
        } else if let Some(Err(e)) = rows.get() {
            if e != ApiError::Aborted {
                announcer.announce(error_message(i18n, &e));
            }
        }
    });

    let base = StoredValue::new(app_path(
        lang,
        &format!("/datasets/{}/data", encode(&index)),
    ));
    let href = move |v: &DataView| format!("{}{}", base.get_value(), v.to_query());
    let go =
        StoredValue::new(move |v: DataView| navigate(&href(&v), crate::pages::nav(false, false)));
    let label = move |name: &str| -> String {
        meta.with_value(|m| {
            m.fields
                .get(name)
                .and_then(|f| owned(f.label(lang)))
                .map(|(s, _)| s)
                .unwrap_or_else(|| name.to_string())
        })
    };
    let columns = fields.get_value().len() as u64;
    let name = d
        .summary
        .names
        .pick(lang)
        .map(|(s, _)| s.to_string())
        .unwrap_or_default();

    view! {
        <div class="grid-tools">
            <RowSearch
                value=Signal::derive(move || view.get().q)
                on_search=Callback::new(move |q: String| {
                    go.with_value(|g| g(view.get_untracked().with_q(&q)))
                })
            />
            {(d.versions.len() > 1)
                .then(|| {
                    let versions: Vec<String> = d
                        .versions
                        .iter()
                        .rev()
                        .map(|v| v.version.clone())
                        .collect();
                    let latest = d.summary.last_version.clone();
                    let current = version.clone();
                    view! {
                        <div class="page-size">
                            <label for="version-select">{t_string!(i18n, version_label)}</label>
                            <select
                                id="version-select"
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    let chosen = (v != latest).then_some(v.as_str());
                                    go.with_value(|g| g(view.get_untracked().with_version(chosen)))
                                }
                            >
                                {versions
                                    .into_iter()
                                    .map(|v| {
                                        let selected = v == current;
                                        view! {
                                            <option value=v.clone() selected=selected>
                                                {v.clone()}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                    }
                })}
            <div class="page-size">
                <label for="page-size">{t_string!(i18n, rows_per_page)}</label>
                <select
                    id="page-size"
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                            go.with_value(|g| g(view.get_untracked().with_size(n)))
                        }
                    }
                >
                    {SIZES
                        .into_iter()
                        .map(|n| {
                            view! {
                                <option value=n.to_string() selected=move || view.get().size == n>
                                    {n}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {move || {
                view.get()
                    .is_filtered()
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| {
                                    go.with_value(|g| g(view.get_untracked().cleared()))
                                }
                            >
                                {t_string!(i18n, clear_filters)}
                            </button>
                        }
                    })
            }}
        </div>
        {move || match rows.get() {
            Some(Ok(p)) => {
                view! {
                    <p class="grid-summary">
                        {rows_count(i18n, p.total, lang)} " · "
                        {columns_count(i18n, columns, lang)}
                    </p>
                }
                    .into_any()
            }
            _ => ().into_any(),
        }}
        <div
            class="table-frame grid-frame"
            role="region"
            aria-labelledby="grid-caption"
            tabindex="0"
        >
            <table class="data-grid">
                <caption id="grid-caption">{name.clone()}</caption>
                <thead>
                    <tr>
                        {fields
                            .get_value()
                            .into_iter()
                            .map(|f| {
                                let field = f.name.clone();
                                let field2 = f.name.clone();
                                let pk = f.pk;
                                let sort_state = Memo::new(move |_| {
                                    match view.get().sort {
                                        Some((s, Order::Asc)) if s == field => "ascending",
                                        Some((s, Order::Desc)) if s == field => "descending",
                                        None if pk => "ascending",
                                        _ => "none",
                                    }
                                });
                                let text = label(&f.name);
                                view! {
                                    <th scope="col" aria-sort=move || sort_state.get()>
                                        <button
                                            type="button"
                                            class="sort-button"
                                            on:click=move |_| {
                                                go.with_value(|g| g(
                                                    view.get_untracked().cycle_sort(&field2),
                                                ))
                                            }
                                        >
                                            {text}
                                            <span class="sort-mark" aria-hidden="true">
                                                {move || match sort_state.get() {
                                                    "ascending" => " ▲",
                                                    "descending" => " ▼",
                                                    _ => " ↕",
                                                }}
                                            </span>
                                        </button>
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                    <tr class="filter-row">
                        {fields
                            .get_value()
                            .into_iter()
                            .map(|f| {
                                view! {
                                    <td>
                                        <ColumnFilterInput
                                            field=f.clone()
                                            label=label(&f.name)
                                            view=view
                                            on_change=Callback::new(move |v: DataView| {
                                                go.with_value(|g| g(v))
                                            })
                                        />
                                    </td>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                {move || match rows.get() {
                    Some(Ok(p)) => {
                        let names: Vec<String> = fields
                            .get_value()
                            .into_iter()
                            .map(|f| f.name)
                            .collect();
                        view! {
                            <tbody>
                                {p
                                    .rows
                                    .iter()
                                    .map(|r| {
                                        view! {
                                            <tr>
                                                {names
                                                    .iter()
                                                    .map(|n| view! { <td>{cell_text(r.get(n))}</td> })
                                                    .collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        }
                            .into_any()
                    }
                    _ => ().into_any(),
                }}
            </table>
        </div>
        {move || match rows.get() {
            None | Some(Err(ApiError::Aborted)) => {
                view! { <crate::components::Loading /> }.into_any()
            }
            Some(Err(e)) => {
                view! { <ErrorPanel error=e on_retry=move |_| rows.refetch() /> }.into_any()
            }
            Some(Ok(p)) => {
                let v = view.get();
                let pk = fields.get_value().into_iter().find(|f| f.pk).map(|f| f.name);
                let pk_of = |r: Option<&Map<String, Value>>| {
                    pk.as_ref().and_then(|k| r.map(|r| cell_text(r.get(k))))
                };
                let first = pk_of(p.rows.first());
                let last = pk_of(p.rows.last());
                let pages = page_count(p.total, v.size);
                view! {
                    {(p.rows.is_empty())
                        .then(|| view! { <p class="empty">{t_string!(i18n, no_rows)}</p> })}
                    {(!p.exact)
                        .then(|| {
                            view! { <p class="hint">{t_string!(i18n, page_not_reachable)}</p> }
                        })}
                    <GridPagination
                        page=p.page
                        pages=pages
                        first=href(&v.with_page(1))
                        prev=href(&v.prev_page(first.as_deref()))
                        next=href(&v.next_page(last.as_deref()))
                        last=href(&v.with_page(pages))
                    />
                    <Downloads
                        index=index.clone()
                        version=version.clone()
                        total=p.total
                        view=v
                        fields=fields.get_value()
                    />
                }
                    .into_any()
            }
        }}
    }
}

/// "1 000 000 rows" with its plural form.
fn rows_count(i18n: I18nContext, n: u64, lang: Lang) -> String {
    let s = format_int(n, lang);
    t_string!(i18n, rows_count, count = n, n = s.clone()).to_string()
}

fn columns_count(i18n: I18nContext, n: u64, lang: Lang) -> String {
    let s = format_int(n, lang);
    t_string!(i18n, columns_count, count = n, n = s.clone()).to_string()
}

/// Search over the whole row (`q`).
#[component]
fn RowSearch(value: Signal<String>, on_search: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(value.get_untracked());
    Effect::new(move |_| text.set(value.get()));
    view! {
        <form
            class="row-search"
            role="search"
            on:submit=move |ev| {
                ev.prevent_default();
                on_search.run(text.get_untracked());
            }
        >
            <label for="row-search">{t_string!(i18n, search_rows)}</label>
            <div class="search-row">
                <input
                    id="row-search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button type="submit" class="button">
                    {t_string!(i18n, search_button)}
                </button>
            </div>
        </form>
    }
}

/// The filter cell of one column: text, or from–to for numbers and dates. Applies on Enter or
/// when focus leaves the field.
#[component]
fn ColumnFilterInput(
    field: FieldInfo,
    label: String,
    view: Memo<DataView>,
    on_change: Callback<DataView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = field.name.clone();
    let current = {
        let name = name.clone();
        move || {
            view.get()
                .filters
                .iter()
                .find(|f| f.field == name)
                .map(|f| f.kind.clone())
        }
    };
    let apply = {
        let name = name.clone();
        move |kind: Option<FilterKind>| {
            let v = view.get_untracked();
            let next = match kind {
                Some(k) => v.with_filter(ColumnFilter {
                    field: name.clone(),
                    kind: k,
                }),
                None => v.without_filter(&name),
            };
            if next != v {
                on_change.run(next);
            }
        }
    };
    if field.kind.is_ranged() {
        let from_label = t_string!(i18n, filter_from_label, column = label.clone()).to_string();
        let to_label = t_string!(i18n, filter_to_label, column = label.clone()).to_string();
        let bound = move |which: usize| {
            let current = current.clone();
            move || match current() {
                Some(FilterKind::Range { from, to }) => {
                    if which == 0 { from } else { to }.unwrap_or_default()
                }
                _ => String::new(),
            }
        };
        let from_val = RwSignal::new(bound(0)());
        let to_val = RwSignal::new(bound(1)());
        let commit = {
            let apply = apply.clone();
            move || {
                let (f, t) = (from_val.get_untracked(), to_val.get_untracked());
                let some = |s: String| (!s.trim().is_empty()).then(|| s.trim().to_string());
                let (f, t) = (some(f), some(t));
                if f.is_none() && t.is_none() {
                    apply(None)
                } else {
                    apply(Some(FilterKind::Range { from: f, to: t }))
                }
            }
        };
        let commit2 = commit.clone();
        let commit3 = commit.clone();
        let commit4 = commit.clone();
        view! {
            <div class="range-filter">
                <input
                    type="text"
                    inputmode="numeric"
                    aria-label=from_label
                    placeholder=t_string!(i18n, filter_from).to_string()
                    prop:value=move || from_val.get()
                    on:input=move |ev| from_val.set(event_target_value(&ev))
                    on:change=move |_| commit()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            commit2()
                        }
                    }
                />
                <input
                    type="text"
                    inputmode="numeric"
                    aria-label=to_label
                    placeholder=t_string!(i18n, filter_to).to_string()
                    prop:value=move || to_val.get()
                    on:input=move |ev| to_val.set(event_target_value(&ev))
                    on:change=move |_| commit3()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            commit4()
                        }
                    }
                />
            </div>
        }
        .into_any()
    } else {
        let text_label = t_string!(i18n, filter_label, column = label.clone()).to_string();
        let initial = match current() {
            Some(FilterKind::Text(s)) => s,
            _ => String::new(),
        };
        let text = RwSignal::new(initial);
        let commit = move || {
            let t = text.get_untracked();
            if t.trim().is_empty() {
                apply(None)
            } else {
                apply(Some(FilterKind::Text(t.trim().to_string())))
            }
        };
        let commit2 = commit.clone();
        view! {
            <input
                type="search"
                aria-label=text_label
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
                on:change=move |_| commit()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        commit2()
                    }
                }
            />
        }
        .into_any()
    }
}

/// First / previous / "page X of Y" / next / last, as links (deep ones carry a pk cursor).
#[component]
fn GridPagination(
    page: u32,
    pages: u32,
    first: String,
    prev: String,
    next: String,
    last: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let step = page_step;
    let position = t_string!(
        i18n,
        page_of,
        page = format_int(u64::from(page), lang),
        total = format_int(u64::from(pages), lang)
    )
    .to_string();
    view! {
        <nav class="pagination" aria-label=t_string!(i18n, pagination_label).to_string()>
            <ul>
                {step(first, "«", t_string!(i18n, page_first).to_string(), page > 1)}
                {step(prev, "‹", t_string!(i18n, page_prev).to_string(), page > 1)} <li>
                    <span class="page-position" aria-current="page">
                        {position}
                    </span>
                </li> {step(next, "›", t_string!(i18n, page_next).to_string(), page < pages)}
                {step(last, "»", t_string!(i18n, page_last).to_string(), page < pages)}
            </ul>
        </nav>
    }
}

/// JSON and CSV downloads of the rows the current filters select, fetched in chunks with
/// progress, up to [`EXPORT_LIMIT`] rows.
#[component]
fn Downloads(
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
