//! A sort-order select that applies a choice made with the mouse at once, but one made with
//! the arrow keys only on Enter or when focus leaves (Chrome fires `change` on every arrow
//! press of a closed select, which would reload the results at each step).

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
    let find = move |v: &str| values.iter().copied().find(|x| *x == v);
    let arrowing = StoredValue::new(false);
    let pending = StoredValue::new(None::<&'static str>);
    let apply = move || {
        if let Some(v) = pending.get_value() {
            pending.set_value(None);
            if v != value {
                on_change.run(v);
            }
        }
    };
    view! {
        <div class="sort">
            <label for="sort-select">{label}</label>
            <select
                id="sort-select"
                on:keydown=move |ev| {
                    match ev.key().as_str() {
                        "ArrowUp" | "ArrowDown" | "PageUp" | "PageDown" | "Home" | "End" => {
                            arrowing.set_value(true)
                        }
                        "Enter" => apply(),
                        _ => {}
                    }
                }
                on:change=move |ev| {
                    let v = find(&event_target_value(&ev));
                    pending.set_value(v);
                    if !arrowing.get_value() {
                        apply();
                    }
                    arrowing.set_value(false);
                }
                on:blur=move |_| apply()
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
