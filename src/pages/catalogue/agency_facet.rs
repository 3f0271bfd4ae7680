//! The agency facet of the filter panel, with its own filter box and its groups by kind.

use crate::components::{FacetGroup, FacetOption};
use crate::i18n::*;
use crate::l10n::owned;
use leptos::prelude::*;
use opendata_core::text::normalize;
use opendata_core::wire::{AgencyKind, FacetValue};
use opendata_core::Lang;

/// The agency facet: a filter-as-you-type box, then central agencies, regional akimats and
/// other organisations as groups.
#[component]
pub(super) fn AgencyFacet(
    values: Signal<Vec<FacetValue>>,
    selected: Signal<Vec<String>>,
    lang: Lang,
    on_toggle: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let filter = RwSignal::new(String::new());
    let group = move |kind: AgencyKind| {
        Signal::derive(move || {
            let needle = normalize(&filter.get());
            let sel = selected.get();
            values
                .get()
                .iter()
                .filter(|v| v.kind.unwrap_or_default() == kind)
                .filter(|v| {
                    needle.is_empty()
                        || sel.contains(&v.id)
                        || [&v.names.name_kk, &v.names.name_ru, &v.names.name_en]
                            .into_iter()
                            .flatten()
                            .any(|n| normalize(n).contains(&needle))
                })
                .map(|v| FacetOption {
                    id: v.id.clone(),
                    label: owned(v.names.pick(lang)),
                    count: v.count,
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="facet agency-facet">
            <legend>{t_string!(i18n, facet_agencies)}</legend>
            <label for="agency-filter" class="small-label">
                {t_string!(i18n, filter_agencies)}
            </label>
            <input
                id="agency-filter"
                type="search"
                autocomplete="off"
                prop:value=move || filter.get()
                on:input=move |ev| filter.set(event_target_value(&ev))
            />
            <FacetGroup
                legend=t_string!(i18n, agencies_central).to_string()
                id_prefix="agency"
                options=group(AgencyKind::Central)
                selected=selected
                lang=lang
                on_toggle=on_toggle
            />
            <FacetGroup
                legend=t_string!(i18n, agencies_regional).to_string()
                id_prefix="agency"
                options=group(AgencyKind::Regional)
                selected=selected
                lang=lang
                on_toggle=on_toggle
            />
            <FacetGroup
                legend=t_string!(i18n, agencies_nongov).to_string()
                id_prefix="agency"
                options=group(AgencyKind::Other)
                selected=selected
                lang=lang
                on_toggle=on_toggle
            />
        </fieldset>
    }
}
