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
use crate::components::Load;
use crate::components::{
    portal_dataset_href, Chunk, Loading, OnPortal, PortalAction, Remote, SubscribeControl,
};
use crate::i18n::*;
use crate::l10n::{owned, use_lang, use_title, Tr};
use crate::pages::href;
use crate::pages::split::{load, TabArgs};
use crate::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};
use opendata_core::account::TargetKind;
use opendata_core::routes::{DatasetQuery, Route, Tab};
use opendata_core::url::parse_query;
use opendata_core::wire::{DatasetDetail, Meta, Names};

/// The code of a tab that needs the metadata first: datasheet, Data, API or (for any other) map.
fn with_fields(t: Tab) -> Load<TabArgs> {
    match t {
        Tab::Passport => load::passport_tab,
        Tab::Data => load::data_tab,
        Tab::Api => load::api_tab,
        _ => load::map_tab,
    }
}

/// Starts fetching a tab's code, so it comes beside the dataset's details and field list rather
/// than after them (the tab's own fetch joins this one).
fn prefetch(t: Tab) {
    leptos::task::spawn_local(async move {
        let _ = match t {
            Tab::Passport | Tab::Data | Tab::Api | Tab::Map => with_fields(t)().await.map(drop),
            Tab::Comments => load::comments_tab().await.map(drop),
            Tab::Requests => load::requests_tab().await.map(drop),
        };
    });
}

#[component]
pub fn DatasetPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let params = use_params_map();
    let index = Memo::new(move |_| params.read().get("index").unwrap_or_default());
    Effect::new(move |_| {
        if let Some(t) = Tab::parse(params.read().get("tab").as_deref()) {
            prefetch(t);
        }
    });
    // The dataset from the portal's own endpoints: its versions (the mapping), then the shown
    // version's metadata. The catalogue's entry follows in the datasheet, after the paint.
    let versions = LocalResource::new(move || {
        let i = index.get();
        async move { api::dataset::versions(&i).await }
    });
    // The shown version's names, as its metadata (fetched by the body) has them.
    let names = RwSignal::new(None::<Names>);
    Effect::new(move |_| {
        index.track();
        names.set(None);
    });
    let name = move || {
        names.with(|n| {
            n.as_ref()
                .and_then(|n| n.pick(lang.get()))
                .map(|(s, _)| s.to_string())
        })
    };
    let missing = move || matches!(versions.get(), Some(Err(ApiError::NotFound)));
    use_title(move || {
        if missing() {
            t_string!(i18n, dataset_not_found).to_string()
        } else {
            name().unwrap_or_else(|| index.get())
        }
    });

    view! {
        <article class="dataset">
            // One heading for every state, so focus moved to it on navigation stays there.
            <h1>
                {move || match names.get() {
                    Some(n) if n.pick(lang.get()).is_some() => {
                        view! { <Tr value=owned(n.pick(lang.get())) /> }.into_any()
                    }
                    _ if missing() => t_string!(i18n, dataset_not_found).into_any(),
                    _ => index.get().into_any(),
                }}
            </h1>
            // Once per dataset; its name follows the metadata.
            {move || {
                versions
                    .with(|v| v.as_ref().is_some_and(|v| v.is_ok()))
                    .then(|| {
                        view! {
                            <SubscribeControl
                                kind=TargetKind::Dataset
                                target=index.get()
                                name=Signal::derive(move || {
                                    name().unwrap_or_else(|| index.get())
                                })
                            />
                        }
                    })
            }}
            <Remote
                resource=versions
                not_found=move || {
                    view! {
                        <p>{t_string!(i18n, dataset_not_found_text)}</p>
                        <p>
                            <a href=href(
                                lang.get_untracked(),
                                &Route::catalogue(),
                            )>{t_string!(i18n, not_found_search)}</a>
                        </p>
                    }
                }
                let:v
            >
                <DatasetBody index=index.get_untracked() versions=v names=names />
            </Remote>
        </article>
    }
}

/// The comments or requests tab: the extension's, or where the portal lacks it a link to the
/// dataset's page on the portal.
fn community_tab(t: Tab, d: &DatasetDetail) -> AnyView {
    let session = use_session();
    let d = d.clone();
    (move || {
        if session.is_loading() {
            return view! { <Loading /> }.into_any();
        }
        if session.lacks_extension() {
            let (action, href) = (
                if t == Tab::Comments {
                    PortalAction::Comments
                } else {
                    PortalAction::Requests
                },
                portal_dataset_href(&d.summary.api_uri),
            );
            return view! { <OnPortal action=action href=href /> }.into_any();
        }
        let d = d.clone();
        if t == Tab::Comments {
            view! { <Chunk load=load::comments_tab args=d /> }.into_any()
        } else {
            view! { <Chunk load=load::requests_tab args=d /> }.into_any()
        }
    })
    .into_any()
}

/// Tabs and the chosen tab's content, for a dataset that exists.
#[component]
fn DatasetBody(
    /// The dataset's apiUri.
    index: String,
    /// Its versions, oldest first.
    versions: Vec<String>,
    /// Where the shown version's names go (the page's heading and title).
    names: RwSignal<Option<Names>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let params = use_params_map();
    let loc = use_location();
    let tab = Memo::new(move |_| Tab::parse(params.read().get("tab").as_deref()));
    let latest = versions.last().cloned().unwrap_or_default();
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
    Effect::new(move |_| {
        if let Some(Ok(m)) = meta.get() {
            names.set(Some(m.names.clone()));
        }
    });
    // What the tabs are given: the dataset as `/meta` describes it.
    let detail = {
        let (index, versions) = (index.clone(), versions.clone());
        move |m: Option<&Meta>| api::dataset::detail(&index, &versions, m)
    };
    let tab_href = {
        let index = index.clone();
        move |t: Tab| {
            href(
                lang,
                &Route::Dataset {
                    index: index.clone(),
                    tab: Some(t),
                    query: DatasetQuery::Current(loc.search.get()),
                },
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
    let latest_href = href(lang, &Route::dataset(&index));
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
                Some(t @ (Tab::Comments | Tab::Requests)) => community_tab(t, &detail(None)),
                Some(t) => {
                    let detail = detail.clone();
                    let code = with_fields(t);
                    // These tabs need the metadata first (their code is on its way, see
                    // `prefetch`).
                    view! {
                        <Remote resource=meta let:m>
                            <Chunk load=code args=(detail(Some(&m)), v.clone(), m) />
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
