//! A facet as a group of checkboxes with counts. Selected values stay listed (greyed) when
//! their count drops to zero, so the user can always undo a choice.

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
    legend: String,
    /// Prefix for the checkbox ids (unique per page).
    id_prefix: &'static str,
    /// The values with their counts.
    options: Vec<FacetOption>,
    /// The selected ids.
    selected: Vec<String>,
    /// Called with the id of a value the user checked or unchecked.
    on_toggle: Callback<String>,
    /// The UI language (for grouping digits).
    lang: Lang,
) -> impl IntoView {
    view! {
        <fieldset class="facet">
            <legend>{legend}</legend>
            <ul>
                {options
                    .into_iter()
                    .filter(|v| v.count > 0 || selected.contains(&v.id))
                    .map(|v| {
                        let id = format!("{id_prefix}-{}", v.id);
                        let checked = selected.contains(&v.id);
                        let value = v.id.clone();
                        view! {
                            <li class:zero=v.count == 0>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    checked=checked
                                    on:change=move |_| on_toggle.run(value.clone())
                                />
                                <label for=id>
                                    <Tr value=v.label.clone() />
                                    " "
                                    <span class="count">"(" {format_int(v.count, lang)} ")"</span>
                                </label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}
