//! One showcase app, `/{lang}/apps/{id}`: what it does, where to get it, who made it and which
//! datasets it uses.

use crate::api::{showcase, ApiError};
use crate::components::Remote;
use crate::i18n::*;
use crate::l10n::{owned, platform_label, safe_href, use_lang, use_title, Tr};
use crate::pages::href;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use opendata_core::routes::Route;
use opendata_core::wire::ShowcaseApp;

#[component]
pub fn AppPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").and_then(|s| s.parse::<u64>().ok()));
    let app = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => showcase::get(id).await,
                None => Err(ApiError::NotFound),
            }
        }
    });
    use_title(move || match app.get() {
        Some(Ok(a)) => a
            .names
            .pick(lang.get())
            .map(|(s, _)| s.to_string())
            .unwrap_or_default(),
        Some(Err(ApiError::NotFound)) => t_string!(i18n, app_not_found).to_string(),
        _ => t_string!(i18n, apps_title).to_string(),
    });
    view! {
        <article class="app">
            <p class="breadcrumb">
                <a href=href(
                    lang.get_untracked(),
                    &Route::apps(),
                )>{t_string!(i18n, all_apps_link)}</a>
            </p>
            // One heading for every state, so focus moved to it on navigation stays there.
            <h1>
                {move || match app.get() {
                    Some(Ok(x)) => view! { <Tr value=owned(x.names.pick(lang.get())) /> }.into_any(),
                    Some(Err(ApiError::NotFound)) => t_string!(i18n, app_not_found).into_any(),
                    _ => t_string!(i18n, apps_title).into_any(),
                }}
            </h1>
            <Remote
                resource=app
                not_found=move || {
                    view! {
                        <p>
                            <a href=href(
                                lang.get_untracked(),
                                &Route::apps(),
                            )>{t_string!(i18n, all_apps_link)}</a>
                        </p>
                    }
                }
                let:x
            >
                <Detail a=x />
            </Remote>
        </article>
    }
}

#[component]
fn Detail(a: ShowcaseApp) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    view! {
        <p class="lead">
            <Tr value=owned(a.descriptions.pick(lang)) />
        </p>
        <dl class="passport">
            <dt>{t_string!(i18n, app_author)}</dt>
            <dd>{a.author.clone()}</dd>
            <dt>{t_string!(i18n, facet_categories)}</dt>
            <dd>
                <Tr value=owned(a.category.names.pick(lang)) />
            </dd>
        </dl>
        <h2>{t_string!(i18n, app_links)}</h2>
        <ul class="link-list">
            {a
                .links
                .iter()
                .map(|l| {
                    let name = platform_label(i18n, l.platform);
                    match safe_href(&l.url) {
                        Some(href) => {
                            // Only http(s) links are links; anything else is shown as text.
                            view! {
                                <li>
                                    <a href=href rel="noopener noreferrer" target="_blank">
                                        {name}
                                    </a>
                                    " "
                                    <span class="hint">{l.url.clone()}</span>
                                </li>
                            }
                                .into_any()
                        }
                        None => view! { <li>{name} ": " {l.url.clone()}</li> }.into_any(),
                    }
                })
                .collect_view()}
        </ul>
        <h2>{t_string!(i18n, app_datasets)}</h2>
        <ul class="link-list">
            {a
                .datasets
                .iter()
                .map(|d| {
                    let href = href(lang, &Route::dataset(&d.api_uri));
                    view! {
                        <li>
                            <a href=href>
                                <Tr value=owned(d.names.pick(lang)) />
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
