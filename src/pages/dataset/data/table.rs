//! The grid itself: the dataset's name as its caption, a header row of sort buttons, a row of
//! column filters, and the page's rows as text cells.

use super::filter::ColumnFilterInput;
use super::rows::{cell_text, GridPage};
use crate::api::ApiError;
use crate::l10n::{owned, use_lang};
use leptos::prelude::*;
use opendata_core::dataview::{DataView, FieldInfo};
use opendata_core::source::Order;
use opendata_core::wire::Meta;
use opendata_core::Lang;

/// A column's label: the field's label in the UI language, else its name.
fn column_label(meta: &Meta, name: &str, lang: Lang) -> String {
    meta.fields
        .get(name)
        .and_then(|f| owned(f.label(lang)))
        .map(|(s, _)| s)
        .unwrap_or_else(|| name.to_string())
}

/// The table in its scrollable frame.
#[component]
pub(super) fn GridTable(
    /// The dataset's name.
    caption: String,
    /// The columns.
    fields: Vec<FieldInfo>,
    /// The dataset's metadata (the columns' labels).
    meta: Meta,
    /// The view in the URL.
    view: Memo<DataView>,
    /// The page of rows.
    rows: LocalResource<Result<GridPage, ApiError>>,
    /// Goes to another view.
    go: Callback<DataView>,
) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let label = |name: &str| column_label(&meta, name, lang);
    let names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    view! {
        <div
            class="table-frame grid-frame"
            role="region"
            aria-labelledby="grid-caption"
            tabindex="0"
        >
            <table class="data-grid">
                <caption id="grid-caption">{caption}</caption>
                <thead>
                    <tr>
                        {fields
                            .iter()
                            .map(|f| {
                                view! {
                                    <SortHeader
                                        field=f.clone()
                                        label=label(&f.name)
                                        view=view
                                        go=go
                                    />
                                }
                            })
                            .collect_view()}
                    </tr>
                    <tr class="filter-row">
                        {fields
                            .iter()
                            .map(|f| {
                                view! {
                                    <td>
                                        <ColumnFilterInput
                                            field=f.clone()
                                            label=label(&f.name)
                                            view=view
                                            on_change=go
                                        />
                                    </td>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                {move || match rows.get() {
                    Some(Ok(p)) => {
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
    }
}

/// A column's header: a button that cycles its sort, the sort marked for screen readers
/// (`aria-sort`) and by sight.
#[component]
fn SortHeader(
    /// The column.
    field: FieldInfo,
    /// Its label.
    label: String,
    /// The view in the URL.
    view: Memo<DataView>,
    /// Goes to another view.
    go: Callback<DataView>,
) -> impl IntoView {
    let FieldInfo { name, pk, .. } = field;
    let sort_state = {
        let name = name.clone();
        Memo::new(move |_| match view.get().sort {
            Some((s, Order::Asc)) if s == name => "ascending",
            Some((s, Order::Desc)) if s == name => "descending",
            None if pk => "ascending",
            _ => "none",
        })
    };
    view! {
        <th scope="col" aria-sort=move || sort_state.get()>
            <button
                type="button"
                class="sort-button"
                on:click=move |_| go.run(view.get_untracked().cycle_sort(&name))
            >
                {label}
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
}
