//! One answer of the catalogue search: the count, the page of datasets and the pager, and
//! when nothing matched, ways out (drop the filters, drop the text).

use super::filters::ActiveFilters;
use super::PAGE_SIZE;
use crate::components::{DatasetList, Results};
use crate::i18n::*;
use crate::l10n::{datasets_count, use_lang};
use crate::pages::href;
use leptos::prelude::*;
use opendata_core::routes::Route;
use opendata_core::url::{page_count, CatalogueQuery, Facet};
use opendata_core::wire::{DatasetSearchResponse, Facets};

#[component]
pub(super) fn ResultsView(
    r: DatasetSearchResponse,
    q: CatalogueQuery,
    /// The query in the URL now: ahead of `q` while the next answer is on its way.
    current: Memo<CatalogueQuery>,
    facets: RwSignal<Facets>,
    on_remove: Callback<(Facet, String)>,
    on_clear: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let filtered = !q.categories.is_empty() || !q.agencies.is_empty();
    let has_text = !q.text.trim().is_empty();
    let empty = r.total_count == 0;
    // From the URL, not from this answer's query: a filter dropped a moment ago stays dropped.
    let without_text = move || {
        href(
            lang,
            &Route::Catalogue(CatalogueQuery {
                text: String::new(),
                ..current.get().with_page(1)
            }),
        )
    };
    let q2 = q.clone();
    view! {
        <Results
            count=datasets_count(i18n, r.total_count)
            empty=t_string!(i18n, no_results).to_string()
            is_empty=r.datasets.is_empty()
            page=q.page
            pages=page_count(r.total_count, PAGE_SIZE)
            href=Callback::new(move |p: u32| href(lang, &Route::Catalogue(q2.with_page(p))))
        >
            <DatasetList datasets=r.datasets.clone() />
        </Results>
        {(empty && (filtered || has_text))
            .then(|| {
                view! {
                    <div class="empty-help">
                        {filtered
                            .then(|| {
                                view! {
                                    <p>{t_string!(i18n, empty_with_filters)}</p>
                                    <ActiveFilters
                                        query=Memo::new(move |_| q.clone())
                                        facets=facets
                                        on_remove=on_remove
                                        on_clear=on_clear
                                    />
                                    <p>
                                        <button
                                            type="button"
                                            class="button"
                                            on:click=move |_| on_clear.run(())
                                        >
                                            {t_string!(i18n, search_without_filters)}
                                        </button>
                                    </p>
                                }
                            })}
                        {has_text
                            .then(|| {
                                view! {
                                    <p>
                                        <a href=without_text>
                                            {t_string!(i18n, search_without_text)}
                                        </a>
                                    </p>
                                }
                            })}
                    </div>
                }
            })}
    }
}
