//! A facet as a group of checkboxes with counts. Selected values stay listed (greyed) when
//! their count drops to zero, so the user can always undo a choice. Rows are keyed, so the
//! checkbox the user just toggled survives the new results and keeps keyboard focus.

use crate::l10n::Tr;
use leptos::prelude::*;
use opendata_core::format::format_int;
use opendata_core::Lang;

/// One value of a facet, already named for the UI.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOption {
    pub id: String,
    /// The name and the language it is in (`None`: no name known).
    pub label: Option<(String, Lang)>,
    pub count: u64,
}

#[component]
pub fn FacetGroup(
    /// The group's visible name.
    #[prop(into)]
    legend: Signal<String>,
    /// Prefix for the checkbox ids (unique per page).
    id_prefix: &'static str,
    /// The values with their counts.
    #[prop(into)]
    options: Signal<Vec<FacetOption>>,
    /// The selected ids.
    #[prop(into)]
    selected: Signal<Vec<String>>,
    /// Called with the id of a value the user checked or unchecked.
    on_toggle: Callback<String>,
    /// The UI language (for grouping digits).
    lang: Lang,
) -> impl IntoView {
    let shown = move || {
        let sel = selected.get();
        options
            .get()
            .into_iter()
            .filter(|v| v.count > 0 || sel.contains(&v.id))
            .collect::<Vec<_>>()
    };
    let any = move || !shown().is_empty();
    view! {
        <Show when=any>
            <fieldset class="facet">
                <legend>{move || legend.get()}</legend>
                <ul>
                    <For
                        each=shown
                        key=|o| (o.id.clone(), o.count, o.label.clone())
                        children=move |o: FacetOption| {
                            let id = format!("{id_prefix}-{}", o.id);
                            let value = o.id.clone();
                            let value2 = o.id.clone();
                            let checked = move || selected.with(|s| s.contains(&value2));
                            view! {
                                <li class:zero=o.count == 0>
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=checked
                                        on:change=move |_| on_toggle.run(value.clone())
                                    />
                                    <label for=id>
                                        <Tr value=o.label.clone() />
                                        " "
                                        <span class="count">
                                            "(" {format_int(o.count, lang)} ")"
                                        </span>
                                    </label>
                                </li>
                            }
                        }
                    />
                </ul>
            </fieldset>
        </Show>
    }
}
