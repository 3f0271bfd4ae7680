//! The Data tab: a server-paged table over `/api/detailed` whose whole state (page size, sort,
//! per-column filters, row search, page or cursor, version) is in the URL. Deep pages of big
//! registers are read from the far end or through a pk cursor (see `DataView::plan`), so the
//! last page of a million rows costs what the first does. Downloads of the current filter as
//! JSON or CSV are built in the browser from chunked requests, with progress and a limit.
//!
//! This module: the tab, its counts and what follows the table. The parts: fetching a page
//! ([`rows`]), the controls above the table ([`controls`]), the table ([`table`]) with its
//! column filters ([`filter`]), the pager ([`pager`]) and the downloads ([`downloads`]).

mod controls;
mod downloads;
mod filter;
mod pager;
mod rows;
mod table;

use crate::api::{self, ApiError};
use crate::components::{use_announcer, ErrorPanel};
use crate::i18n::*;
use crate::l10n::{error_message, use_lang};
use crate::pages::href;
use controls::GridTools;
use downloads::Downloads;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use opendata_core::dataview::{DataView, FieldInfo};
use opendata_core::format::format_int;
use opendata_core::routes::Route;
use opendata_core::url::page_count;
use opendata_core::wire::{DatasetDetail, Meta};
use opendata_core::Lang;
use pager::GridPagination;
use rows::{cell_text, grid_rows};
use serde_json::{Map, Value};
use table::GridTable;

#[component]
pub fn DataTab(d: DatasetDetail, version: String, meta: Meta) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let loc = use_location();
    let navigate = use_navigate();
    let announcer = use_announcer();
    let fields = StoredValue::new(FieldInfo::from_meta(&meta));
    let index = d.summary.api_uri.clone();
    let view = Memo::new(move |_| DataView::from_query(&loc.search.get()));

    Effect::new(move |_| api::dataset::supersede_grid(&view.get().to_query()));
    let rows = grid_rows(index.clone(), version.clone(), view, fields);
    Effect::new(move |_| {
        if let Some(Ok(p)) = rows.get() {
            announcer.announce(rows_count(i18n, p.total, lang));
        } else if let Some(Err(e)) = rows.get() {
            if e != ApiError::Aborted {
                announcer.announce(error_message(i18n, &e));
            }
        }
    });

    let stored_index = StoredValue::new(index.clone());
    let to_href = move |v: DataView| href(lang, &Route::data(stored_index.get_value(), v));
    let go =
        Callback::new(move |v: DataView| navigate(&to_href(v), crate::pages::nav(false, false)));
    let columns = fields.get_value().len() as u64;
    let name = d
        .summary
        .names
        .pick(lang)
        .map(|(s, _)| s.to_string())
        .unwrap_or_default();

    view! {
        <GridTools
            view=view
            go=go
            versions=d.versions.iter().rev().map(|v| v.version.clone()).collect()
            latest=d.summary.last_version.clone()
            version=version.clone()
        />
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
        <GridTable caption=name fields=fields.get_value() meta=meta view=view rows=rows go=go />
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
                        first=to_href(v.with_page(1))
                        prev=to_href(v.prev_page(first.as_deref()))
                        next=to_href(v.next_page(last.as_deref()))
                        last=to_href(v.with_page(pages))
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
