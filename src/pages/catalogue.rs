//! The catalogue: `/{lang}/datasets?text=&category=&agency=&sort=&page=`. Everything the user
//! chose is in the URL, so a copied link reopens the same view and back/forward work.

use crate::api::catalogue;
use crate::components::{
    use_announcer, DatasetList, ErrorPanel, FacetGroup, FacetOption, Pagination, SearchForm,
    SortSelect,
};
use crate::i18n::*;
use crate::l10n::{datasets_count, error_message, owned, use_lang, use_title};
use crate::pages::app_path;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use opendata_core::url::{page_count, CatalogueQuery, Facet, Sort};
use opendata_core::wire::{DatasetSearchResponse, FacetValue};

const PAGE_SIZE: u32 = 20;

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
    // Announce the count once per settled search, not per keystroke or re-render.
    Effect::new(move |_| {
        if let Some(r) = results.get() {
            match r {
                Ok(r) => announcer.announce(datasets_count(i18n, r.total_count)),
                Err(e) => announcer.announce(error_message(i18n, &e)),
            }
        }
    });
    let total_pages = move || {
        results
            .get()
            .and_then(|r| r.ok())
            .map(|r| page_count(r.total_count, PAGE_SIZE))
    };
    use_title(move || {
        let q = query.get();
        let mut t = t_string!(i18n, nav_datasets).to_string();
        if !q.text.trim().is_empty() {
            t = format!("{t}: {}", q.text.trim());
        }
        if let Some(n) = total_pages() {
            if n > 1 {
                t = format!(
                    "{t} ({})",
                    t_string!(
                        i18n,
                        page_of,
                        page = q.page.to_string(),
                        total = n.to_string()
                    )
                );
            }
        }
        t
    });

    let navigate = use_navigate();
    let go = move |q: CatalogueQuery| {
        navigate(
            &app_path(lang.get_untracked(), &format!("/datasets{}", q.to_query())),
            Default::default(),
        )
    };
    let go = StoredValue::new(go);

    view! {
        <div class="catalogue">
            <h1>{t_string!(i18n, nav_datasets)}</h1>
            {move || {
                view! {
                    <SearchForm
                        id="catalogue-search"
                        initial=query.get().text
                        label=t_string!(i18n, search_label).to_string()
                        hint=t_string!(i18n, search_hint).to_string()
                        on_search=Callback::new(move |text: String| {
                            let mut q = query.get_untracked();
                            q.text = text;
                            q.page = 1;
                            go.with_value(|g| g(q))
                        })
                    />
                }
            }}
            <div class="catalogue-layout">
                <aside class="facets" aria-labelledby="filters-heading">
                    <h2 id="filters-heading">{t_string!(i18n, filters_heading)}</h2>
                    {move || match results.get() {
                        Some(Ok(r)) => {
                            let q = query.get();
                            let cats = r.facets.categories.clone();
                            let agencies = r.facets.agencies.clone();
                            let l = lang.get();
                            view! {
                                <FacetGroup
                                    legend=t_string!(i18n, facet_categories).to_string()
                                    id_prefix="category"
                                    options=facet_options(&cats, l)
                                    selected=q.categories.clone()
                                    lang=l
                                    on_toggle=Callback::new(move |id: String| {
                                        go.with_value(|g| g(
                                            query.get_untracked().toggled(Facet::Category, &id),
                                        ))
                                    })
                                />
                                <FacetGroup
                                    legend=t_string!(i18n, facet_agencies).to_string()
                                    id_prefix="agency"
                                    options=facet_options(&agencies, l)
                                    selected=q.agencies.clone()
                                    lang=l
                                    on_toggle=Callback::new(move |id: String| {
                                        go.with_value(|g| g(
                                            query.get_untracked().toggled(Facet::Agency, &id),
                                        ))
                                    })
                                />
                            }
                                .into_any()
                        }
                        _ => ().into_any(),
                    }}
                </aside>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden">
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
                                    go.with_value(|g| g(q))
                                })
                            />
                        }
                    }}
                    {move || match results.get() {
                        None => {
                            view! {
                                <p class="loading" aria-busy="true">
                                    {t_string!(i18n, loading)}
                                </p>
                            }
                                .into_any()
                        }
                        Some(Err(e)) => {
                            view! { <ErrorPanel error=e on_retry=move |_| results.refetch() /> }
                                .into_any()
                        }
                        Some(Ok(r)) => {
                            let q = query.get();
                            view! { <ResultsView r=r q=q /> }.into_any()
                        }
                    }}
                </section>
            </div>
        </div>
    }
}

#[component]
fn ResultsView(r: DatasetSearchResponse, q: CatalogueQuery) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let pages = page_count(r.total_count, PAGE_SIZE);
    let count = datasets_count(i18n, r.total_count);
    if r.datasets.is_empty() {
        return view! {
            <p class="result-count">{count}</p>
            <p class="empty">{t_string!(i18n, no_results)}</p>
        }
        .into_any();
    }
    view! {
        <p class="result-count">{count}</p>
        <DatasetList datasets=r.datasets />
        <Pagination
            page=q.page.min(pages)
            pages=pages
            href=Callback::new(move |p: u32| {
                app_path(lang, &format!("/datasets{}", q.with_page(p).to_query()))
            })
        />
    }
    .into_any()
}

/// Facet values from the API as options named in the UI language.
fn facet_options(values: &[FacetValue], lang: opendata_core::Lang) -> Vec<FacetOption> {
    values
        .iter()
        .map(|v| FacetOption {
            id: v.id.clone(),
            label: owned(v.names.pick(lang)),
            count: v.count,
        })
        .collect()
}

fn sort_label(i18n: leptos_i18n::I18nContext<Locale>, s: Sort) -> String {
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
