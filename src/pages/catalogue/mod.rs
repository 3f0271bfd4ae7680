//! The catalogue: `/{lang}/datasets?text=&category=&agency=&sort=&page=`. Everything the user
//! chose is in the URL, so a copied link reopens the same view and back/forward work. The
//! search runs in the browser over the catalogue (`crate::api::catalogue`): typing searches
//! after a short pause (replacing the history entry), Enter at once, with no request.

mod agency_facet;
mod filters;
mod results;

use crate::api::catalogue;
use crate::components::{
    use_announcer, FacetGroup, FacetOption, FilterPanel, Remote, SearchForm, SortSelect,
};
use crate::i18n::*;
use crate::l10n::{datasets_count, error_message, list_title, owned, use_lang, use_title};
use crate::pages::href;
use agency_facet::AgencyFacet;
use filters::{ActiveFilters, FollowFilter};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_use::use_debounce_fn_with_arg;
use opendata_core::routes::Route;
use opendata_core::url::{page_count, CatalogueQuery, Facet, Sort};
use opendata_core::wire::{FacetValue, Facets};
use opendata_core::Lang;
use results::ResultsView;

const PAGE_SIZE: u32 = 20;
/// Pause after the last keystroke before searching: the search itself is local and quick, the
/// pause only keeps the history entry and the announcement from changing at every letter.
const TYPING_PAUSE_MS: f64 = 250.0;

#[component]
pub fn Catalogue() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let loc = use_location();
    let announcer = use_announcer();
    let query = Memo::new(move |_| CatalogueQuery::from_query(&loc.search.get()));

    let results = LocalResource::new(move || {
        let q = query.get();
        let l = lang.get();
        async move { catalogue::search(&q, l, PAGE_SIZE).await }
    });
    // The last facets seen, so chips keep their names while the next page loads.
    let facets = RwSignal::new(Facets::default());
    let total = RwSignal::new(None::<u64>);
    // Announce the count once per settled search, not per keystroke or re-render.
    Effect::new(move |_| match results.get() {
        Some(Ok(r)) => {
            facets.set(r.facets.clone());
            total.set(Some(r.total_count));
            announcer.announce(datasets_count(i18n, r.total_count));
        }
        Some(Err(e)) if e != crate::api::ApiError::Aborted => {
            announcer.announce(error_message(i18n, &e))
        }
        _ => {}
    });
    use_title(move || {
        let q = query.get();
        let pages = total.get().map(|t| page_count(t, PAGE_SIZE));
        list_title(i18n, t_string!(i18n, nav_datasets), &q.text, q.page, pages)
    });

    let navigate = use_navigate();
    let go = StoredValue::new(move |q: CatalogueQuery, replace: bool| {
        navigate(
            &href(lang.get_untracked(), &Route::Catalogue(q)),
            crate::pages::nav(replace, false),
        )
    });
    let set_text = move |text: String, replace: bool| {
        let mut q = query.get_untracked();
        if q.text.trim() != text.trim() || !replace {
            q.text = text;
            q.page = 1;
            go.with_value(|g| g(q, replace));
        }
    };
    // Cleared with the page: a pause that ends after the citizen left searches nothing.
    let typed = use_debounce_fn_with_arg(move |text: String| set_text(text, true), TYPING_PAUSE_MS);
    let on_input = Callback::new(move |text: String| {
        typed(text);
    });
    // Enter searches at once; the pause still pending then finds the same text and does nothing.
    let on_search = Callback::new(move |text: String| set_text(text, false));
    let toggle = move |facet: Facet| {
        Callback::new(move |id: String| {
            go.with_value(|g| g(query.get_untracked().toggled(facet, &id), false))
        })
    };
    let clear_all = Callback::new(move |_: ()| {
        let q = query.get_untracked();
        go.with_value(|g| {
            g(
                CatalogueQuery {
                    text: q.text.clone(),
                    sort: q.sort,
                    page: 1,
                    ..Default::default()
                },
                false,
            )
        })
    });

    let selected_count = move || {
        let q = query.get();
        q.categories.len() + q.agencies.len()
    };

    view! {
        <div class="catalogue">
            <h1>{t_string!(i18n, nav_datasets)}</h1>
            <SearchForm
                id="catalogue-search"
                initial=query.get_untracked().text
                value=Signal::derive(move || query.get().text)
                label=t_string!(i18n, search_label).to_string()
                hint=t_string!(i18n, search_hint).to_string()
                on_search=on_search
                on_input=on_input
            />
            <ActiveFilters
                query=query
                facets=facets
                on_remove=Callback::new(move |(f, id): (Facet, String)| {
                    go.with_value(|g| g(query.get_untracked().toggled(f, &id), false))
                })
                on_clear=clear_all
            />
            <FollowFilter query=query facets=facets />
            <div class="catalogue-layout">
                <FilterPanel selected=Signal::derive(selected_count) total=total>
                    <FacetGroup
                        legend=t_string!(i18n, facet_categories).to_string()
                        id_prefix="category"
                        options=Signal::derive(move || {
                            facet_options(&facets.get().categories, lang.get())
                        })
                        selected=Signal::derive(move || query.get().categories)
                        lang=lang.get_untracked()
                        on_toggle=toggle(Facet::Category)
                    />
                    <AgencyFacet
                        values=Signal::derive(move || facets.get().agencies)
                        selected=Signal::derive(move || query.get().agencies)
                        lang=lang.get_untracked()
                        on_toggle=toggle(Facet::Agency)
                    />
                </FilterPanel>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden-focusable" tabindex="-1">
                        {t_string!(i18n, results_heading)}
                    </h2>
                    {move || {
                        let options = Sort::ALL
                            .into_iter()
                            .map(|s| (s.as_str(), sort_label(i18n, s)))
                            .collect::<Vec<_>>();
                        view! {
                            <SortSelect
                                label=t_string!(i18n, sort_label).to_string()
                                options=options
                                value=query.get().effective_sort().as_str()
                                on_change=Callback::new(move |v: &'static str| {
                                    let mut q = query.get_untracked();
                                    q.sort = Sort::parse(v);
                                    q.page = 1;
                                    go.with_value(|g| g(q, false))
                                })
                            />
                        }
                    }}
                    <Remote resource=results let:r>
                        <ResultsView
                            r=r
                            q=query.get_untracked()
                            current=query
                            facets=facets
                            on_remove=Callback::new(move |(f, id): (Facet, String)| {
                                go.with_value(|g| g(query.get_untracked().toggled(f, &id), false))
                            })
                            on_clear=clear_all
                        />
                    </Remote>
                </section>
            </div>
        </div>
    }
}

/// Facet values from the API as options named in the UI language.
fn facet_options(values: &[FacetValue], lang: Lang) -> Vec<FacetOption> {
    values
        .iter()
        .map(|v| FacetOption {
            id: v.id.clone(),
            label: owned(v.names.pick(lang)),
            count: v.count,
        })
        .collect()
}

fn sort_label(i18n: I18nContext, s: Sort) -> String {
    match s {
        Sort::Relevance => t_string!(i18n, sort_relevance),
        Sort::Newest => t_string!(i18n, sort_newest),
        Sort::Updated => t_string!(i18n, sort_updated),
        Sort::Views => t_string!(i18n, sort_views),
        Sort::Downloads => t_string!(i18n, sort_downloads),
        Sort::Name => t_string!(i18n, sort_name),
    }
    .to_string()
}
