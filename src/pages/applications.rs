//! Applications for publishing new datasets: `/{lang}/applications?text=&status=&category=&agency=&sort=&page=`.
//! Citizens who miss a dataset look here first and find (and later vote for) a matching one.

use crate::api::applications;
use crate::components::facets::{total_of, ListState};
use crate::components::{
    use_announcer, FacetGroup, FacetOption, FilterPanel, SearchForm, SortSelect,
};
use crate::components::{Remote, Results, VoteButton};
use crate::i18n::*;
use crate::l10n::{
    applications_count, error_message, list_title, owned, status_label, use_lang, use_title, Tr,
};
use crate::pages::href;
use leptos::prelude::*;
use opendata_core::format::Date;
use opendata_core::routes::Route;
use opendata_core::url::{page_count, ListQuery};
use opendata_core::wire::{ApplicationSearchResponse, ApplicationStatus, ApplicationSummary};
use opendata_core::Lang;

const PAGE_SIZE: u32 = 20;
const FILTERS: [&str; 3] = ["status", "category", "agency"];
const SORTS: [&str; 3] = ["votes", "newest", "answered"];
/// The agency facet's value for applications addressed to other organisations.
const OTHER: &str = "other";

#[component]
pub fn Applications() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let announcer = use_announcer();
    let list = ListState::new(Route::Applications, &FILTERS, &SORTS);
    let query = list.query;
    let session = crate::session::use_session();
    let results = LocalResource::new(move || {
        let q = query.get();
        // Signing in or out changes which applications show "voted".
        session.viewer();
        async move { applications::search(&q, PAGE_SIZE).await }
    });
    Effect::new(move |_| match results.get() {
        Some(Ok(r)) => announcer.announce(applications_count(i18n, r.total_count)),
        Some(Err(e)) => announcer.announce(error_message(i18n, &e)),
        None => {}
    });
    use_title(move || {
        let q = query.get();
        let pages = match results.get() {
            Some(Ok(r)) => Some(page_count(r.total_count, PAGE_SIZE)),
            _ => None,
        };
        list_title(
            i18n,
            t_string!(i18n, applications_title),
            &q.text,
            q.page,
            pages,
        )
    });
    let total = total_of(results, |r| r.total_count);
    view! {
        <div class="catalogue">
            <h1>{t_string!(i18n, applications_title)}</h1>
            <p class="lead">{t_string!(i18n, applications_lead)}</p>
            <p>
                <a class="button" href=move || href(lang.get(), &Route::NewApplication)>
                    {t_string!(i18n, new_application_link)}
                </a>
            </p>
            {move || {
                view! {
                    <SearchForm
                        id="applications-search"
                        initial=query.get().text
                        label=t_string!(i18n, applications_search_label).to_string()
                        on_search=Callback::new(move |text: String| {
                            let mut q = query.get_untracked();
                            q.text = text;
                            q.page = 1;
                            list.go(q)
                        })
                    />
                }
            }}
            <div class="catalogue-layout">
                <FilterPanel selected=list.selected total=total>
                    {move || match results.get() {
                        Some(Ok(r)) => {
                            let q = query.get();
                            let l = lang.get();
                            let statuses = r
                                .facets
                                .statuses
                                .iter()
                                .map(|c| FacetOption {
                                    id: c.id.clone(),
                                    label: ApplicationStatus::parse(&c.id)
                                        .map(|s| (status_label(i18n, s), l)),
                                    count: c.count,
                                })
                                .collect::<Vec<_>>();
                            let named = |v: &[opendata_core::wire::FacetValue]| {
                                v.iter()
                                    .map(|f| FacetOption {
                                        id: f.id.clone(),
                                        label: if f.id == OTHER {
                                            Some((t_string!(i18n, other_organizations).to_string(), l))
                                        } else {
                                            owned(f.names.pick(l))
                                        },
                                        count: f.count,
                                    })
                                    .collect::<Vec<_>>()
                            };
                            view! {
                                <FacetGroup
                                    legend=t_string!(i18n, facet_status).to_string()
                                    id_prefix="status"
                                    options=statuses
                                    selected=q.values("status").to_vec()
                                    lang=l
                                    on_toggle=list.toggle("status")
                                />
                                <FacetGroup
                                    legend=t_string!(i18n, facet_categories).to_string()
                                    id_prefix="category"
                                    options=named(&r.facets.categories)
                                    selected=q.values("category").to_vec()
                                    lang=l
                                    on_toggle=list.toggle("category")
                                />
                                <FacetGroup
                                    legend=t_string!(i18n, facet_agencies).to_string()
                                    id_prefix="agency"
                                    options=named(&r.facets.agencies)
                                    selected=q.values("agency").to_vec()
                                    lang=l
                                    on_toggle=list.toggle("agency")
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
                    {move || {
                        let options = vec![
                            ("votes", t_string!(i18n, sort_votes).to_string()),
                            ("newest", t_string!(i18n, sort_newest).to_string()),
                            ("answered", t_string!(i18n, sort_answered).to_string()),
                        ];
                        view! {
                            <SortSelect
                                label=t_string!(i18n, sort_label).to_string()
                                options=options
                                value=query.get().sort.unwrap_or("votes")
                                on_change=Callback::new(move |v: &'static str| {
                                    list.go(query.get_untracked().with_sort(v))
                                })
                            />
                        }
                    }}
                    <Remote resource=results let:r>
                        <ApplicationResults r=r q=query.get_untracked() />
                    </Remote>
                </section>
            </div>
        </div>
    }
}

#[component]
fn ApplicationResults(r: ApplicationSearchResponse, q: ListQuery) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    view! {
        <Results
            count=applications_count(i18n, r.total_count)
            empty=t_string!(i18n, no_applications).to_string()
            is_empty=r.applications.is_empty()
            page=q.page
            pages=page_count(r.total_count, PAGE_SIZE)
            href=Callback::new(move |p: u32| href(lang, &Route::Applications(q.with_page(p))))
        >
            <ul class="dataset-list">
                {r
                    .applications
                    .clone()
                    .into_iter()
                    .map(|a| view! { <ApplicationCard a=a lang=lang /> })
                    .collect_view()}
            </ul>
        </Results>
    }
}

/// The agency an application is addressed to, or the other organisation.
pub fn addressee(i18n: I18nContext, a: &ApplicationSummary, lang: Lang) -> AnyView {
    match (&a.gov_agency, &a.other_organization) {
        (Some(g), _) => view! { <Tr value=owned(g.names.pick(lang)) /> }.into_any(),
        (None, Some(o)) => view! {
            {o.clone()}
            " ("
            {t_string!(i18n, other_organizations).to_string()}
            ")"
        }
        .into_any(),
        (None, None) => "—".into_any(),
    }
}

#[component]
fn ApplicationCard(a: ApplicationSummary, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let href = href(lang, &Route::Application(a.id));
    let created = Date::parse(&a.created_date);
    view! {
        <li class="dataset-card">
            <h3 id=format!("vote-title-{}", a.id)>
                <a href=href>
                    <Tr value=Some((a.title.clone(), a.lang)) />
                </a>
            </h3>
            <p class="meta">
                <span class=format!(
                    "status status-{}",
                    a.status.as_str().to_lowercase(),
                )>{status_label(i18n, a.status)}</span>
            </p>
            <VoteButton id=a.id votes=a.votes voted=a.voted status=a.status in_list=true />
            <p class="meta">
                <span class="visually-hidden">{t_string!(i18n, addressed_to)} ": "</span>
                {addressee(i18n, &a, lang)}
                {created
                    .map(|d| {
                        view! {
                            " · "
                            <time datetime=d.iso()>{d.format(lang)}</time>
                        }
                    })}
            </p>
        </li>
    }
}
