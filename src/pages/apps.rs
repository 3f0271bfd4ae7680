//! The showcase of apps built on open data: `/{lang}/apps?category=&platform=&page=`.

use crate::api::showcase;
use crate::components::facets::{total_of, ListState};
use crate::components::{use_announcer, FacetGroup, FacetOption, FilterPanel};
use crate::components::{Remote, Results};
use crate::i18n::*;
use crate::l10n::{apps_count, error_message, owned, platform_label, use_lang, use_title, Tr};
use crate::pages::href;
use leptos::prelude::*;
use opendata_core::routes::Route;
use opendata_core::url::{page_count, ListQuery};
use opendata_core::wire::{AppsResponse, Platform, ShowcaseApp};
use opendata_core::Lang;

const PAGE_SIZE: u32 = 24;
const FILTERS: [&str; 2] = ["category", "platform"];

#[component]
pub fn Apps() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let announcer = use_announcer();
    let list = ListState::new(Route::Apps, &FILTERS, &[]);
    let query = list.query;
    let results = LocalResource::new(move || {
        let q = query.get();
        async move { showcase::search(&q, PAGE_SIZE).await }
    });
    Effect::new(move |_| match results.get() {
        Some(Ok(r)) => announcer.announce(apps_count(i18n, r.total_count)),
        Some(Err(e)) => announcer.announce(error_message(i18n, &e)),
        None => {}
    });
    use_title(move || t_string!(i18n, apps_title).to_string());
    let total = total_of(results, |r| r.total_count);
    view! {
        <div class="catalogue">
            <h1>{t_string!(i18n, apps_title)}</h1>
            <p class="lead">{t_string!(i18n, apps_lead)}</p>
            <div class="catalogue-layout">
                <FilterPanel selected=list.selected total=total>
                    {move || match results.get() {
                        Some(Ok(r)) => {
                            let q = query.get();
                            let l = lang.get();
                            let platforms = r
                                .facets
                                .platforms
                                .iter()
                                .map(|c| FacetOption {
                                    id: c.id.clone(),
                                    label: Platform::parse(&c.id)
                                        .map(|p| (platform_label(i18n, p), l)),
                                    count: c.count,
                                })
                                .collect::<Vec<_>>();
                            let categories = r
                                .facets
                                .categories
                                .iter()
                                .map(|f| FacetOption {
                                    id: f.id.clone(),
                                    label: owned(f.names.pick(l)),
                                    count: f.count,
                                })
                                .collect::<Vec<_>>();
                            view! {
                                <FacetGroup
                                    legend=t_string!(i18n, facet_platforms).to_string()
                                    id_prefix="platform"
                                    options=platforms
                                    selected=q.values("platform").to_vec()
                                    lang=l
                                    on_toggle=list.toggle("platform")
                                />
                                <FacetGroup
                                    legend=t_string!(i18n, facet_categories).to_string()
                                    id_prefix="category"
                                    options=categories
                                    selected=q.values("category").to_vec()
                                    lang=l
                                    on_toggle=list.toggle("category")
                                />
                            }
                                .into_any()
                        }
                        _ => ().into_any(),
                    }}
                </FilterPanel>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden-focusable" tabindex="-1">
                        {t_string!(i18n, results_heading)}
                    </h2>
                    <Remote resource=results let:r>
                        <AppResults r=r q=query.get_untracked() />
                    </Remote>
                </section>
            </div>
        </div>
    }
}

#[component]
fn AppResults(r: AppsResponse, q: ListQuery) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    view! {
        <Results
            count=apps_count(i18n, r.total_count)
            empty=t_string!(i18n, no_apps_found).to_string()
            is_empty=r.apps.is_empty()
            page=q.page
            pages=page_count(r.total_count, PAGE_SIZE)
            href=Callback::new(move |p: u32| href(lang, &Route::Apps(q.with_page(p))))
        >
            <AppList apps=r.apps.clone() lang=lang />
        </Results>
    }
}

/// App cards: name, platforms, author. Also used on the dataset page.
#[component]
pub fn AppList(apps: Vec<ShowcaseApp>, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="dataset-list">
            {apps
                .into_iter()
                .map(|a| {
                    let href = href(lang, &Route::App(a.id));
                    let platforms = a
                        .platforms
                        .iter()
                        .map(|p| platform_label(i18n, *p))
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! {
                        <li class="dataset-card">
                            <h3>
                                <a href=href>
                                    <Tr value=owned(a.names.pick(lang)) />
                                </a>
                            </h3>
                            <p class="meta">
                                <Tr value=owned(a.descriptions.pick(lang)) />
                            </p>
                            <p class="meta">
                                {platforms} " · "
                                <span class="visually-hidden">
                                    {t_string!(i18n, app_author)} ": "
                                </span> {a.author.clone()}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
