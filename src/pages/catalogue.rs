//! The catalogue: `/{lang}/datasets?text=&category=&agency=&sort=&page=`. Everything the user
//! chose is in the URL, so a copied link reopens the same view and back/forward work.

use crate::api::catalogue;
use crate::components::{use_announcer, DatasetList, ErrorPanel, SearchForm};
use crate::i18n::*;
use crate::l10n::{datasets_count, error_message, owned, use_lang, use_title, Tr};
use crate::pages::app_path;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use opendata_core::format::format_int;
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
            <h1>{t!(i18n, nav_datasets)}</h1>
            {move || {
                view! { <SearchForm id="catalogue-search" initial=query.get().text /> }
            }}
            <div class="catalogue-layout">
                <aside class="facets" aria-labelledby="filters-heading">
                    <h2 id="filters-heading">{t!(i18n, filters_heading)}</h2>
                    {move || match results.get() {
                        Some(Ok(r)) => {
                            let q = query.get();
                            view! {
                                <FacetGroup
                                    legend=t_string!(i18n, facet_categories).to_string()
                                    facet=Facet::Category
                                    values=r.facets.categories.clone()
                                    selected=q.categories.clone()
                                    on_toggle=Callback::new(move |id: String| {
                                        go.with_value(|g| g(
                                            query.get_untracked().toggled(Facet::Category, &id),
                                        ))
                                    })
                                />
                                <FacetGroup
                                    legend=t_string!(i18n, facet_agencies).to_string()
                                    facet=Facet::Agency
                                    values=r.facets.agencies.clone()
                                    selected=q.agencies.clone()
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
                        {t!(i18n, results_heading)}
                    </h2>
                    <SortSelect
                        value=Signal::derive(move || query.get().effective_sort())
                        on_change=Callback::new(move |s: Sort| {
                            let mut q = query.get_untracked();
                            q.sort = Some(s);
                            q.page = 1;
                            go.with_value(|g| g(q))
                        })
                    />
                    {move || match results.get() {
                        None => {
                            view! {
                                <p class="loading" aria-busy="true">
                                    {t!(i18n, loading)}
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
            <p class="empty">{t!(i18n, no_results)}</p>
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

/// One facet as a group of checkboxes with counts.
#[component]
fn FacetGroup(
    legend: String,
    facet: Facet,
    values: Vec<FacetValue>,
    selected: Vec<String>,
    on_toggle: Callback<String>,
) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let prefix = match facet {
        Facet::Category => "cat",
        Facet::Agency => "agency",
    };
    view! {
        <fieldset class="facet">
            <legend>{legend}</legend>
            <ul>
                {values
                    .into_iter()
                    .filter(|v| v.count > 0 || selected.contains(&v.id))
                    .map(|v| {
                        let id = format!("{prefix}-{}", v.id);
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
                                    <Tr value=owned(v.names.pick(lang)) />
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

/// Sort order; applies on change (not while arrowing through the options).
#[component]
fn SortSelect(value: Signal<Sort>, on_change: Callback<Sort>) -> impl IntoView {
    let i18n = use_i18n();
    let label = move |s: Sort| match s {
        Sort::Relevance => t_string!(i18n, sort_relevance).to_string(),
        Sort::Newest => t_string!(i18n, sort_newest).to_string(),
        Sort::Updated => t_string!(i18n, sort_updated).to_string(),
        Sort::Views => t_string!(i18n, sort_views).to_string(),
        Sort::Downloads => t_string!(i18n, sort_downloads).to_string(),
        Sort::Name => t_string!(i18n, sort_name).to_string(),
    };
    view! {
        <div class="sort">
            <label for="sort-select">{t!(i18n, sort_label)}</label>
            <select
                id="sort-select"
                on:change=move |ev| {
                    if let Some(s) = Sort::parse(&event_target_value(&ev)) {
                        on_change.run(s)
                    }
                }
            >
                {Sort::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <option value=s.as_str() selected=move || value.get() == s>
                                {move || label(s)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Pagination as links (copyable, openable in a new tab): first/previous, a window of pages
/// around the current one, next/last. Unavailable steps are shown inactive, not removed, so
/// the layout does not jump.
#[component]
pub fn Pagination(
    /// Current page, 1-based.
    page: u32,
    /// Number of pages.
    pages: u32,
    /// The link for a page.
    href: Callback<u32, String>,
) -> impl IntoView {
    let i18n = use_i18n();
    if pages <= 1 {
        return ().into_any();
    }
    let from = page.saturating_sub(2).max(1);
    let to = (page + 2).min(pages);
    let step = move |target: u32, text: &'static str, label: String, active: bool| {
        if active {
            view! {
                <li>
                    <a class="page-link" href=href.run(target) aria-label=label>
                        {text}
                    </a>
                </li>
            }
            .into_any()
        } else {
            view! {
                <li>
                    <span class="page-link inactive" aria-hidden="true">
                        {text}
                    </span>
                </li>
            }
            .into_any()
        }
    };
    view! {
        <nav class="pagination" aria-label=t_string!(i18n, pagination_label).to_string()>
            <ul>
                {step(1, "«", t_string!(i18n, page_first).to_string(), page > 1)}
                {step(
                    page.saturating_sub(1),
                    "‹",
                    t_string!(i18n, page_prev).to_string(),
                    page > 1,
                )}
                {(from..=to)
                    .map(|p| {
                        let label = t_string!(i18n, page_n, n = p.to_string()).to_string();
                        if p == page {
                            view! {
                                <li>
                                    <a
                                        class="page-link current"
                                        href=href.run(p)
                                        aria-current="page"
                                        aria-label=label
                                    >
                                        {p}
                                    </a>
                                </li>
                            }
                                .into_any()
                        } else {
                            view! {
                                <li>
                                    <a class="page-link" href=href.run(p) aria-label=label>
                                        {p}
                                    </a>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()}
                {step(page + 1, "›", t_string!(i18n, page_next).to_string(), page < pages)}
                {step(pages, "»", t_string!(i18n, page_last).to_string(), page < pages)}
            </ul>
        </nav>
    }
    .into_any()
}
