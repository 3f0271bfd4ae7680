//! The controls above the grid: the row search, the version, the page size, and "Clear
//! filters". Each goes to the view it asks for (a new URL).

use crate::i18n::*;
use leptos::prelude::*;
use opendata_core::dataview::{DataView, SIZES};

/// The row search, the version (when there are several), the page size and "Clear filters".
#[component]
pub(super) fn GridTools(
    /// The view in the URL.
    view: Memo<DataView>,
    /// Goes to another view.
    go: Callback<DataView>,
    /// The dataset's versions, newest first.
    versions: Vec<String>,
    /// The newest version (a view of it names none).
    latest: String,
    /// The version shown.
    version: String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="grid-tools">
            <RowSearch
                value=Signal::derive(move || view.get().q)
                on_search=Callback::new(move |q: String| go.run(view.get_untracked().with_q(&q)))
            />
            {(versions.len() > 1)
                .then(|| {
                    view! {
                        <VersionSelect
                            versions=versions
                            latest=latest
                            current=version
                            view=view
                            go=go
                        />
                    }
                })}
            <div class="page-size">
                <label for="page-size">{t_string!(i18n, rows_per_page)}</label>
                <select
                    id="page-size"
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                            go.run(view.get_untracked().with_size(n))
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
                                on:click=move |_| go.run(view.get_untracked().cleared())
                            >
                                {t_string!(i18n, clear_filters)}
                            </button>
                        }
                    })
            }}
        </div>
    }
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

/// The version select: the newest chosen goes to a view without a version.
#[component]
fn VersionSelect(
    /// The versions, newest first.
    versions: Vec<String>,
    /// The newest.
    latest: String,
    /// The one shown.
    current: String,
    /// The view in the URL.
    view: Memo<DataView>,
    /// Goes to another view.
    go: Callback<DataView>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page-size">
            <label for="version-select">{t_string!(i18n, version_label)}</label>
            <select
                id="version-select"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let chosen = (v != latest).then_some(v.as_str());
                    go.run(view.get_untracked().with_version(chosen))
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
}
