//! One application for publication, `/{lang}/applications/{id}`: what was asked, of whom, its
//! status timeline, the agency's answer and, once published, the dataset.

use crate::api::{applications, ApiError};
use crate::components::{Remote, VoteButton};
use crate::i18n::*;
use crate::l10n::{date_view, owned, status_label, use_lang, use_title, Tr};
use crate::pages::applications::addressee;
use crate::pages::href;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use opendata_core::routes::Route;
use opendata_core::wire::ApplicationDetail;

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").and_then(|s| s.parse::<u64>().ok()));
    let session = crate::session::use_session();
    let detail = LocalResource::new(move || {
        let id = id.get();
        session.viewer();
        async move {
            match id {
                Some(id) => applications::get(id).await,
                None => Err(ApiError::NotFound),
            }
        }
    });
    use_title(move || match detail.get() {
        Some(Ok(a)) => a.summary.title.clone(),
        Some(Err(ApiError::NotFound)) => t_string!(i18n, application_not_found).to_string(),
        _ => t_string!(i18n, applications_title).to_string(),
    });
    view! {
        <article class="application">
            <p class="breadcrumb">
                <a href=href(
                    lang.get_untracked(),
                    &Route::applications(),
                )>{t_string!(i18n, all_applications_link)}</a>
            </p>
            // One heading for every state, so focus moved to it on navigation stays there.
            <h1>
                {move || match detail.get() {
                    Some(Ok(x)) => {
                        view! { <Tr value=Some((x.summary.title.clone(), x.summary.lang)) /> }
                            .into_any()
                    }
                    Some(Err(ApiError::NotFound)) => {
                        t_string!(i18n, application_not_found).into_any()
                    }
                    _ => t_string!(i18n, applications_title).into_any(),
                }}
            </h1>
            <Remote
                resource=detail
                not_found=move || {
                    view! {
                        <p>
                            <a href=href(
                                lang.get_untracked(),
                                &Route::applications(),
                            )>{t_string!(i18n, all_applications_link)}</a>
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
fn Detail(a: ApplicationDetail) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let s = a.summary.clone();
    let date = |d: &str| date_view(d, lang);
    view! {
        <dl class="passport">
            <dt>{t_string!(i18n, facet_status)}</dt>
            <dd>
                <span class=format!(
                    "status status-{}",
                    s.status.as_str().to_lowercase(),
                )>{status_label(i18n, s.status)}</span>
            </dd>
            <dt>{t_string!(i18n, votes_label)}</dt>
            <dd>
                <VoteButton id=s.id votes=s.votes voted=s.voted status=s.status />
            </dd>
            <dt>{t_string!(i18n, addressed_to)}</dt>
            <dd>{addressee(i18n, &s, lang)}</dd>
            <dt>{t_string!(i18n, facet_categories)}</dt>
            <dd>
                <Tr value=owned(s.category.names.pick(lang)) />
            </dd>
            <dt>{t_string!(i18n, submitted_on)}</dt>
            <dd>{date(&s.created_date)}</dd>
        </dl>
        <h2>{t_string!(i18n, application_description)}</h2>
        <p class="prose" lang=s.lang.as_str()>
            {s.description.clone()}
        </p>
        {a
            .dataset
            .clone()
            .map(|d| {
                let href = href(lang, &Route::dataset(&d.api_uri));
                view! {
                    <h2>{t_string!(i18n, published_dataset)}</h2>
                    <p>
                        <a href=href>
                            <Tr value=owned(d.names.pick(lang)) />
                        </a>
                    </p>
                }
            })}
        {a
            .answer
            .clone()
            .and_then(|ans| owned(ans.pick(lang)))
            .map(|v| {
                view! {
                    <h2>{t_string!(i18n, agency_answer)}</h2>
                    <blockquote class="answer">
                        <Tr value=Some(v) />
                    </blockquote>
                }
            })}
        <h2 id="history-heading">{t_string!(i18n, status_history)}</h2>
        <ol class="timeline" aria-labelledby="history-heading">
            {a
                .history
                .iter()
                .map(|h| {
                    view! {
                        <li>
                            <span class="timeline-status">{status_label(i18n, h.status)}</span>
                            " — "
                            {date(&h.date)}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
