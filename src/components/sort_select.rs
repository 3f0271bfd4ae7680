//! A sort-order select that applies on change (not while arrowing through the options).

use leptos::prelude::*;

#[component]
pub fn SortSelect(
    /// The visible label.
    label: String,
    /// (value, visible name) of each order.
    options: Vec<(&'static str, String)>,
    /// The order in force.
    value: &'static str,
    /// Called with the chosen value.
    on_change: Callback<&'static str>,
) -> impl IntoView {
    let values: Vec<&'static str> = options.iter().map(|(v, _)| *v).collect();
    view! {
        <div class="sort">
            <label for="sort-select">{label}</label>
            <select
                id="sort-select"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(s) = values.iter().find(|x| **x == v) {
                        on_change.run(s)
                    }
                }
            >
                {options
                    .into_iter()
                    .map(|(v, name)| {
                        view! {
                            <option value=v selected=v == value>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
