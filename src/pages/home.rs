//! Home: the portal's counters, categories with dataset counts, newest and most viewed
//! datasets, and the search box. All but the community counters come from the catalogue,
//! which loads (with the search engine's code) once the page has painted; the community
//! counters only where the portal has the extension.

use crate::api::catalogue;
use crate::components::{DatasetList, Remote, SearchForm};
use crate::i18n::*;
use crate::l10n::{datasets_count, owned, use_lang, use_title, Tr};
use crate::pages::href;
use crate::session::use_session;
use leptos::prelude::*;
use opendata_core::catalogue::CatalogueStats;
use opendata_core::format::format_int;
use opendata_core::routes::Route;
use opendata_core::url::{CatalogueQuery, Sort};
use opendata_core::wire::{Category, Stats};

/// How many datasets each home list shows.
const LIST_SIZE: u32 = 6;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    use_title(move || t_string!(i18n, home_title).to_string());
    let navigate = leptos_router::hooks::use_navigate();

    let session = use_session();
    let stats = LocalResource::new(catalogue::stats);
    let categories = LocalResource::new(catalogue::categories);
    let list = move |sort: Sort| {
        LocalResource::new(move || {
            let q = CatalogueQuery {
                sort: Some(sort),
                page: 1,
                ..Default::default()
            };
            let l = lang.get();
            async move { catalogue::search(&q, l, LIST_SIZE).await }
        })
    };
    let newest = list(Sort::Newest);
    let popular = list(Sort::Views);
    // The text index, built in slices while the citizen reads, so that the first search
    // answers at once.
    leptos::task::spawn_local(async {
        let _ = catalogue::indexed().await;
    });

    view! {
        <div class="home">
            <h1>{t_string!(i18n, home_title)}</h1>
            <p class="lead">{t_string!(i18n, home_lead)}</p>
            <SearchForm
                id="home-search"
                label=t_string!(i18n, search_label).to_string()
                hint=t_string!(i18n, search_hint).to_string()
                on_search=Callback::new(move |text: String| {
                    let q = CatalogueQuery {
                        text,
                        page: 1,
                        ..Default::default()
                    };
                    navigate(
                        &href(lang.get_untracked(), &Route::Catalogue(q)),
                        crate::pages::nav(false, true),
                    );
                })
            />

            <section aria-labelledby="stats-heading">
                <h2 id="stats-heading">{t_string!(i18n, stats_heading)}</h2>
                <Remote resource=stats let:s>
                    <StatsList stats=s />
                </Remote>
                {move || session.has_extension().then(|| view! { <CommunityStats /> })}
            </section>

            <section aria-labelledby="categories-heading">
                <h2 id="categories-heading">{t_string!(i18n, categories_heading)}</h2>
                <Remote resource=categories let:c>
                    <CategoryList categories=c />
                </Remote>
            </section>

            <div class="two-columns">
                <section aria-labelledby="newest-heading">
                    <h2 id="newest-heading">{t_string!(i18n, newest_heading)}</h2>
                    <Remote resource=newest let:r>
                        <DatasetList datasets=r.datasets />
                    </Remote>
                </section>
                <section aria-labelledby="popular-heading">
                    <h2 id="popular-heading">{t_string!(i18n, popular_heading)}</h2>
                    <Remote resource=popular let:r>
                        <DatasetList datasets=r.datasets />
                    </Remote>
                </section>
            </div>
            <p>
                <a class="more-link" href=move || href(lang.get(), &Route::catalogue())>
                    {t_string!(i18n, all_datasets_link)}
                </a>
            </p>
        </div>
    }
}

#[derive(Clone, Copy)]
enum Counter {
    Datasets,
    Apps,
    ActualizationRequests,
    PublicationRequests,
    Views,
    Downloads,
}

/// The label under a figure, in the plural form the figure needs.
fn counter_label(i18n: I18nContext, c: Counter, n: u64) -> String {
    match c {
        Counter::Datasets => t_string!(i18n, stat_datasets, count = n),
        Counter::Apps => t_string!(i18n, stat_apps, count = n),
        Counter::ActualizationRequests => t_string!(i18n, stat_actualization_requests, count = n),
        Counter::PublicationRequests => t_string!(i18n, stat_publication_requests, count = n),
        Counter::Views => t_string!(i18n, stat_views, count = n),
        Counter::Downloads => t_string!(i18n, stat_downloads, count = n),
    }
    .to_string()
}

/// One figure with its label, in the plural form the figure needs.
fn figure(c: Counter, n: u64) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <li>
            <span class="stat-value">{move || format_int(n, lang.get())}</span>
            " "
            <span class="stat-label">{move || counter_label(i18n, c, n)}</span>
        </li>
    }
}

/// The catalogue's counters.
#[component]
fn StatsList(stats: CatalogueStats) -> impl IntoView {
    let i18n = use_i18n();
    let percent = stats.actual_percent().to_string();
    view! {
        <ul class="stats">
            {figure(Counter::Datasets, stats.datasets)} <li>
                <span class="stat-value">
                    {move || t_string!(i18n, percent, n = percent.clone()).to_string()}
                </span>
                " "
                <span class="stat-label">{t_string!(i18n, stat_actual)}</span>
            </li> {figure(Counter::Views, stats.views)}
            {figure(Counter::Downloads, stats.downloads)}
        </ul>
    }
}

/// The counters only the extension knows: apps, requests for update, applications.
#[component]
fn CommunityStats() -> impl IntoView {
    let stats = LocalResource::new(catalogue::extension_stats);
    view! {
        <Remote resource=stats let:s>
            <CommunityList stats=s />
        </Remote>
    }
}

#[component]
fn CommunityList(stats: Stats) -> impl IntoView {
    view! {
        <ul class="stats">
            {figure(Counter::Apps, stats.apps_count)}
            {figure(Counter::ActualizationRequests, stats.actualization_requests_count)}
            {figure(Counter::PublicationRequests, stats.publication_requests_count)}
        </ul>
    }
}

/// Categories as links to the catalogue filtered by each.
#[component]
fn CategoryList(categories: Vec<Category>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <ul class="category-list">
            {categories
                .into_iter()
                .map(|c| {
                    let q = CatalogueQuery {
                        categories: vec![c.id.clone()],
                        page: 1,
                        ..Default::default()
                    };
                    let count = c.datasets_count;
                    let names = c.names.clone();
                    view! {
                        <li>
                            <a href=move || href(lang.get(), &Route::Catalogue(q.clone()))>
                                <span class="category-name">
                                    {move || view! { <Tr value=owned(names.pick(lang.get())) /> }}
                                </span>
                                " "
                                <span class="category-count">
                                    {move || datasets_count(i18n, count)}
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
