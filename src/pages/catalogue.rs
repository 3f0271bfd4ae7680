//! The catalogue: `/{lang}/datasets?text=&category=&agency=&sort=&page=`. Everything the user
//! chose is in the URL, so a copied link reopens the same view and back/forward work. The
//! search runs in the browser over the catalogue (`crate::api::catalogue`): typing searches
//! after a short pause (replacing the history entry), Enter at once, with no request.

use crate::api::catalogue;
use crate::components::{
    use_announcer, DatasetList, FacetGroup, FacetOption, FilterPanel, Remote, Results, SearchForm,
    SortSelect, SubscribeControl,
};
use crate::i18n::*;
use crate::l10n::{datasets_count, error_message, list_title, owned, use_lang, use_title};
use crate::pages::href;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use opendata_core::account::TargetKind;
use opendata_core::routes::Route;
use opendata_core::text::normalize;
use opendata_core::url::{page_count, CatalogueQuery, Facet, Sort};
use opendata_core::wire::{AgencyKind, DatasetSearchResponse, FacetValue, Facets};
use opendata_core::Lang;
use std::time::Duration;

const PAGE_SIZE: u32 = 20;
/// Pause after the last keystroke before searching: the search itself is local and quick, the
/// pause only keeps the history entry and the announcement from changing at every letter.
const TYPING_PAUSE: Duration = Duration::from_millis(250);

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
    let typing = StoredValue::new(None::<TimeoutHandle>);
    let on_input = Callback::new(move |text: String| {
        if let Some(h) = typing.get_value() {
            h.clear();
        }
        typing.set_value(
            set_timeout_with_handle(move || set_text(text.clone(), true), TYPING_PAUSE).ok(),
        );
    });
    let on_search = Callback::new(move |text: String| {
        if let Some(h) = typing.get_value() {
            h.clear();
        }
        set_text(text, false);
    });
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
fn FollowFilter(query: Memo<CatalogueQuery>, facets: RwSignal<Facets>) -> impl IntoView {
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
fn ActiveFilters(
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

#[component]
fn ResultsView(
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

/// The agency facet: a filter-as-you-type box, then central agencies, regional akimats and
/// other organisations as groups.
#[component]
fn AgencyFacet(
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
