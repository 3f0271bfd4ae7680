//! The chosen filters above the results: removable chips with "Clear all", and the offer to
//! follow a single chosen agency or category.

use crate::components::SubscribeControl;
use crate::i18n::*;
use crate::l10n::{owned, use_lang};
use leptos::prelude::*;
use opendata_core::account::TargetKind;
use opendata_core::url::{CatalogueQuery, Facet};
use opendata_core::wire::{FacetValue, Facets};
use opendata_core::Lang;

/// The name of a selected facet value, from the facets the API last sent.
fn selected_name(values: &[FacetValue], id: &str, lang: Lang) -> Option<(String, Lang)> {
    values
        .iter()
        .find(|v| v.id == id)
        .and_then(|v| owned(v.names.pick(lang)))
}

/// With one agency or one category chosen (and no other filter), an offer to hear about its new
/// and updated datasets: the same subscription as on a dataset page, to the agency or category.
#[component]
pub(super) fn FollowFilter(query: Memo<CatalogueQuery>, facets: RwSignal<Facets>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let target = Memo::new(move |_| {
        query.with(|q| match (q.agencies.as_slice(), q.categories.as_slice()) {
            ([a], []) => Some((TargetKind::Agency, a.clone())),
            ([], [c]) => Some((TargetKind::Category, c.clone())),
            _ => None,
        })
    });
    // Its name once the facets are in (a memo: every new answer must not rebuild the control).
    let name = Memo::new(move |_| {
        let (kind, id) = target.get()?;
        let l = lang.get();
        let name = facets.with(|f| {
            let values = match kind {
                TargetKind::Agency => &f.agencies,
                _ => &f.categories,
            };
            selected_name(values, &id, l).map(|(s, _)| s)
        })?;
        Some((kind, id, name))
    });
    move || {
        name.get().map(|(kind, id, name)| {
            let text = match kind {
                TargetKind::Agency => t_string!(i18n, follow_agency, name = name.clone()),
                _ => t_string!(i18n, follow_category, name = name.clone()),
            }
            .to_string();
            view! {
                <div class="follow" role="group" aria-labelledby="follow-text">
                    <p id="follow-text">{text}</p>
                    <SubscribeControl kind=kind target=id name=name />
                </div>
            }
        })
    }
}

/// The chosen filters as removable chips, with "Clear all".
#[component]
pub(super) fn ActiveFilters(
    query: Memo<CatalogueQuery>,
    facets: RwSignal<Facets>,
    on_remove: Callback<(Facet, String)>,
    on_clear: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    move || {
        let q = query.get();
        let f = facets.get();
        let l = lang.get();
        let chips: Vec<(Facet, String, String)> = q
            .categories
            .iter()
            .map(|id| (Facet::Category, id.clone(), &f.categories))
            .chain(
                q.agencies
                    .iter()
                    .map(|id| (Facet::Agency, id.clone(), &f.agencies)),
            )
            .map(|(facet, id, values)| {
                let name = selected_name(values, &id, l)
                    .map(|(s, _)| s)
                    .unwrap_or_else(|| id.clone());
                (facet, id, name)
            })
            .collect();
        if chips.is_empty() {
            return ().into_any();
        }
        view! {
            <div class="chips" role="group" aria-label=t_string!(i18n, active_filters).to_string()>
                <ul>
                    {chips
                        .into_iter()
                        .map(|(facet, id, name)| {
                            let label = t_string!(i18n, remove_filter, name = name.clone())
                                .to_string();
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="chip"
                                        aria-label=label
                                        on:click=move |_| on_remove.run((facet, id.clone()))
                                    >
                                        {name}
                                        <span aria-hidden="true">" ×"</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()} <li>
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| on_clear.run(())
                        >
                            {t_string!(i18n, clear_all)}
                        </button>
                    </li>
                </ul>
            </div>
        }
        .into_any()
    }
}
