//! A column's filter cell: a text filter, or from–to for numbers and dates. Either applies on
//! Enter or when focus leaves the field.

use crate::i18n::*;
use leptos::prelude::*;
use opendata_core::dataview::{ColumnFilter, DataView, FieldInfo, FilterKind};

/// The filter cell of one column: text, or from–to for numbers and dates. Applies on Enter or
/// when focus leaves the field.
#[component]
pub(super) fn ColumnFilterInput(
    field: FieldInfo,
    label: String,
    view: Memo<DataView>,
    on_change: Callback<DataView>,
) -> impl IntoView {
    let name = field.name.clone();
    let current = view
        .get()
        .filters
        .iter()
        .find(|f| f.field == name)
        .map(|f| f.kind.clone());
    let apply = Callback::new(move |kind: Option<FilterKind>| {
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
    });
    if field.kind.is_ranged() {
        let (from, to) = match current {
            Some(FilterKind::Range { from, to }) => {
                (from.unwrap_or_default(), to.unwrap_or_default())
            }
            _ => (String::new(), String::new()),
        };
        view! { <RangeFilter label=label from=from to=to on_apply=apply /> }.into_any()
    } else {
        let text = match current {
            Some(FilterKind::Text(s)) => s,
            _ => String::new(),
        };
        view! { <TextFilter label=label text=text on_apply=apply /> }.into_any()
    }
}

/// From–to over a number or date column.
#[component]
fn RangeFilter(
    /// The column's label.
    label: String,
    /// The lower bound in the URL.
    from: String,
    /// The upper bound in the URL.
    to: String,
    /// Applies a range (none: no filter).
    on_apply: Callback<Option<FilterKind>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let from_label = t_string!(i18n, filter_from_label, column = label.clone()).to_string();
    let to_label = t_string!(i18n, filter_to_label, column = label.clone()).to_string();
    let from_val = RwSignal::new(from);
    let to_val = RwSignal::new(to);
    let commit = move || {
        let (f, t) = (from_val.get_untracked(), to_val.get_untracked());
        let some = |s: String| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let (f, t) = (some(f), some(t));
        if f.is_none() && t.is_none() {
            on_apply.run(None)
        } else {
            on_apply.run(Some(FilterKind::Range { from: f, to: t }))
        }
    };
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
                        commit()
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
                on:change=move |_| commit()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        commit()
                    }
                }
            />
        </div>
    }
}

/// A text filter over a column.
#[component]
fn TextFilter(
    /// The column's label.
    label: String,
    /// The filter in the URL.
    text: String,
    /// Applies a filter (none: no filter).
    on_apply: Callback<Option<FilterKind>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text_label = t_string!(i18n, filter_label, column = label.clone()).to_string();
    let text = RwSignal::new(text);
    let commit = move || {
        let t = text.get_untracked();
        if t.trim().is_empty() {
            on_apply.run(None)
        } else {
            on_apply.run(Some(FilterKind::Text(t.trim().to_string())))
        }
    };
    view! {
        <input
            type="search"
            aria-label=text_label
            prop:value=move || text.get()
            on:input=move |ev| text.set(event_target_value(&ev))
            on:change=move |_| commit()
            on:keydown=move |ev| {
                if ev.key() == "Enter" {
                    commit()
                }
            }
        />
    }
}
