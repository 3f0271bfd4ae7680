//! The dataset page, `/{lang}/datasets/{index}[/{tab}]?version=…`: one route per tab
//! (datasheet, data, API), the version in the query (default: the latest). The tabs share the
//! query string, so the API tab shows the call for the Data tab's current view.

// Each tab is a split point (`crate::pages::split`): a visit landing on one tab does not
// fetch the others.
pub(crate) mod api_tab;
pub(crate) mod comments;
pub(crate) mod data;
pub(crate) mod map_tab;
pub(crate) mod passport;
pub(crate) mod requests;

use crate::api::{self, ApiError};
use crate::components::{Chunk, Remote, SubscribeControl};
use crate::i18n::*;
use crate::l10n::{owned, use_lang, use_title, Tr};
use crate::pages::app_path;
use crate::pages::split::{load, Load, TabArgs};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};
use opendata_core::account::TargetKind;
use opendata_core::url::{encode, parse_query, with_mark};
use opendata_core::wire::DatasetDetail;

/// The tabs, in order: (URL segment, label key).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Passport,
    Data,
    Api,
    Map,
    Comments,
    Requests,
}

impl Tab {
    const ALL: [Tab; 6] = [
        Tab::Passport,
        Tab::Data,
        Tab::Api,
        Tab::Map,
        Tab::Comments,
        Tab::Requests,
    ];
    fn segment(self) -> &'static str {
        match self {
            Tab::Passport => "passport",
            Tab::Data => "data",
            Tab::Api => "api",
            Tab::Map => "map",
            Tab::Comments => "comments",
            Tab::Requests => "requests",
        }
    }
    fn parse(s: Option<&str>) -> Option<Tab> {
        match s {
            None | Some("") => Some(Tab::Passport),
            Some(s) => Tab::ALL.into_iter().find(|t| t.segment() == s),
        }
    }
    /// The code of a tab that needs the field list first: Data, API or (for any other) map.
    fn with_fields(self) -> Load<TabArgs> {
        match self {
            Tab::Data => load::data_tab,
            Tab::Api => load::api_tab,
            _ => load::map_tab,
        }
    }
    /// Starts fetching the tab's code, so it comes beside the dataset's details and field list
    /// rather than after them (the tab's own fetch joins this one).
    fn prefetch(self) {
        leptos::task::spawn_local(async move {
            let _ = match self {
                Tab::Passport => load::passport_tab().await.map(drop),
                Tab::Data | Tab::Api | Tab::Map => self.with_fields()().await.map(drop),
                Tab::Comments => load::comments_tab().await.map(drop),
                Tab::Requests => load::requests_tab().await.map(drop),
            };
        });
    }
}

#[component]
pub fn DatasetPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let params = use_params_map();
    let index = Memo::new(move |_| params.read().get("index").unwrap_or_default());
    Effect::new(move |_| {
        if let Some(t) = Tab::parse(params.read().get("tab").as_deref()) {
            t.prefetch();
        }
    });
    let detail = LocalResource::new(move || {
        let i = index.get();
        async move { api::catalogue::dataset(&i).await }
    });
    use_title(move || match detail.get() {
        Some(Ok(d)) => d
            .summary
            .names
            .pick(lang.get())
            .map(|(s, _)| s.to_string())
            .unwrap_or_else(|| d.summary.api_uri.clone()),
        Some(Err(ApiError::NotFound)) => t_string!(i18n, dataset_not_found).to_string(),
        _ => index.get(),
    });

    view! {
        <article class="dataset">
            // One heading for every state, so focus moved to it on navigation stays there.
            <h1>
                {move || match detail.get() {
                    Some(Ok(x)) => {
                        view! { <Tr value=owned(x.summary.names.pick(lang.get())) /> }.into_any()
                    }
                    Some(Err(ApiError::NotFound)) => t_string!(i18n, dataset_not_found).into_any(),
                    _ => index.get().into_any(),
                }}
            </h1>
            {move || match detail.get() {
                Some(Ok(x)) => {
                    let name = x
                        .summary
                        .names
                        .pick(lang.get())
                        .map(|(s, _)| s.to_string())
                        .unwrap_or_else(|| x.summary.api_uri.clone());
                    view! {
                        <SubscribeControl
                            kind=TargetKind::Dataset
                            target=x.summary.api_uri.clone()
                            name=name
                        />
                    }
                        .into_any()
                }
                _ => ().into_any(),
            }}
            <Remote
                resource=detail
                not_found=move || {
                    view! {
                        <p>{t_string!(i18n, dataset_not_found_text)}</p>
                        <p>
                            <a href=app_path(
                                lang.get_untracked(),
                                "/datasets",
                            )>{t_string!(i18n, not_found_search)}</a>
                        </p>
                    }
                }
                let:d
            >
                <DatasetBody d=d />
            </Remote>
        </article>
    }
}

/// Tabs and the chosen tab's content, for a dataset that exists.
#[component]
fn DatasetBody(d: DatasetDetail) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let params = use_params_map();
    let loc = use_location();
    let tab = Memo::new(move |_| Tab::parse(params.read().get("tab").as_deref()));
    let latest = d.summary.last_version.clone();
    let versions: Vec<String> = d.versions.iter().map(|v| v.version.clone()).collect();
    let version = Memo::new(move |_| {
        parse_query(&loc.search.get())
            .into_iter()
            .find(|(k, _)| k == "version")
            .map(|(_, v)| v)
            .unwrap_or_else(|| latest.clone())
    });
    let known = {
        let versions = versions.clone();
        move || versions.contains(&version.get())
    };
    let index = d.summary.api_uri.clone();
    let meta = {
        let (index, versions) = (index.clone(), versions.clone());
        LocalResource::new(move || {
            let (i, v) = (index.clone(), version.get());
            // An unknown version is explained without asking the portal for it.
            let known = versions.contains(&v);
            async move {
                if known {
                    api::dataset::meta(&i, &v).await
                } else {
                    Err(ApiError::NotFound)
                }
            }
        })
    };
    let tab_href = {
        let index = index.clone();
        move |t: Tab| {
            app_path(
                lang,
                &format!(
                    "/datasets/{}/{}{}",
                    encode(&index),
                    t.segment(),
                    with_mark('?', &loc.search.get())
                ),
            )
        }
    };
    let tab_label = move |t: Tab| match t {
        Tab::Passport => t_string!(i18n, tab_passport),
        Tab::Data => t_string!(i18n, tab_data),
        Tab::Api => t_string!(i18n, tab_api),
        Tab::Map => t_string!(i18n, tab_map),
        Tab::Comments => t_string!(i18n, tab_comments),
        Tab::Requests => t_string!(i18n, tab_requests),
    };
    // The map tab only for datasets with coordinates (known once the field list is in).
    let has_map = Memo::new(move |_| match meta.get() {
        Some(Ok(m)) => opendata_core::dataview::coordinate_fields(
            &opendata_core::dataview::FieldInfo::from_meta(&m),
        )
        .is_some(),
        _ => false,
    });
    let latest_href = app_path(lang, &format!("/datasets/{}", encode(&index)));
    let tab_item = {
        let href = tab_href.clone();
        move |t: Tab| {
            let href = href.clone();
            view! {
                <li>
                    <a
                        href=move || href(t)
                        aria-current=move || (tab.get() == Some(t)).then_some("page")
                    >
                        {tab_label(t)}
                    </a>
                </li>
            }
        }
    };
    view! {
        <nav class="tabs" aria-label=t_string!(i18n, dataset_sections).to_string()>
            <ul>
                {[Tab::Passport, Tab::Data, Tab::Api].map(tab_item.clone()).collect_view()}
                {
                    let item = tab_item.clone();
                    move || has_map.get().then(|| item(Tab::Map))
                } {[Tab::Comments, Tab::Requests].map(tab_item.clone()).collect_view()}
            </ul>
        </nav>
        {move || {
            if !known() {
                return view! {
                    <div class="error-panel" role="alert">
                        <p class="error-title">{t_string!(i18n, version_not_found)}</p>
                        <p>
                            <a href=latest_href.clone()>{t_string!(i18n, version_latest_link)}</a>
                        </p>
                    </div>
                }
                    .into_any();
            }
            let v = version.get();
            match tab.get() {
                Some(Tab::Passport) => {
                    let args = (d.clone(), v, meta);
                    view! { <Chunk load=load::passport_tab args=args /> }.into_any()
                }
                Some(Tab::Comments) => {
                    view! { <Chunk load=load::comments_tab args=d.clone() /> }.into_any()
                }
                Some(Tab::Requests) => {
                    view! { <Chunk load=load::requests_tab args=d.clone() /> }.into_any()
                }
                Some(t) => {
                    let d = d.clone();
                    let code = t.with_fields();
                    // These tabs need the field list first (their code is on its way, see
                    // `Tab::prefetch`).
                    view! {
                        <Remote resource=meta let:m>
                            <Chunk load=code args=(d.clone(), v.clone(), m) />
                        </Remote>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <p>{t_string!(i18n, not_found_text)}</p>
                        <p>
                            <a href=tab_href(Tab::Passport)>{t_string!(i18n, tab_passport)}</a>
                        </p>
                    }
                        .into_any()
                }
            }
        }}
    }
}
