//! The Requests tab: requests for an update of the dataset with their status and the agency's
//! answer, newest first, paged by `rpage`; signed-in citizens file one (reason + text).

use crate::api;
use crate::components::draft::use_draft;
use crate::components::form::{server_errors, text_error, validate_text, Required};
use crate::components::{ErrorSummary, FieldError, FormError, Pagination, Remote, SignInGate};
use crate::components::{FormSend, SubmitRow, TextField};
use crate::i18n::*;
use crate::l10n::{date_view, owned, use_lang, Tr};
use crate::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use opendata_core::account::{RequestStatus, UpdateReason};
use opendata_core::format::format_int;
use opendata_core::url::page_count;
use opendata_core::wire::DatasetDetail;

const PAGE_SIZE: u32 = 20;
const TEXT: &str = "request-text";
/// The first radio: the error summary links here.
const REASON: &str = "request-reason-OUTDATED";

pub fn reason_label(i18n: I18nContext, r: UpdateReason) -> String {
    match r {
        UpdateReason::Outdated => t_string!(i18n, reason_outdated),
        UpdateReason::Incomplete => t_string!(i18n, reason_incomplete),
        UpdateReason::NotAvailable => t_string!(i18n, reason_not_available),
        UpdateReason::DataError => t_string!(i18n, reason_data_error),
    }
    .to_string()
}

pub fn request_status_label(i18n: I18nContext, s: RequestStatus) -> String {
    match s {
        RequestStatus::New => t_string!(i18n, request_status_new),
        RequestStatus::InReview => t_string!(i18n, request_status_in_review),
        RequestStatus::Answered => t_string!(i18n, request_status_answered),
        RequestStatus::Rejected => t_string!(i18n, request_status_rejected),
    }
    .to_string()
}

#[component]
pub fn RequestsTab(
    /// The dataset.
    d: DatasetDetail,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let session = use_session();
    let announcer = crate::components::use_announcer();
    let uri = d.summary.api_uri.clone();
    let (page, href) = crate::components::pagination::use_page_param("rpage");
    let list = {
        let uri = uri.clone();
        LocalResource::new(move || {
            let (uri, p) = (uri.clone(), page.get());
            session.viewer();
            async move { api::account::requests(&uri, p, PAGE_SIZE).await }
        })
    };
    let expired = RwSignal::new(false);
    let on_sent = {
        let navigate = use_navigate();
        move || {
            announcer.announce(t_string!(i18n, request_sent).to_string());
            if page.get_untracked() > 1 {
                navigate(&href.run(1), crate::pages::nav(false, true));
            } else {
                list.refetch();
            }
        }
    };
    view! {
        <section class="discussion" aria-labelledby="requests-heading">
            <h2 id="requests-heading">{t_string!(i18n, tab_requests)}</h2>
            <p>{t_string!(i18n, requests_intro)}</p>
            <SignInGate message=t_string!(i18n, request_sign_in).to_string() expired=expired>
                <RequestForm uri=uri.clone() on_sent=on_sent.clone() expired=expired />
            </SignInGate>
            <Remote resource=list let:c>
                {
                    let pages = page_count(c.total_count, PAGE_SIZE);
                    let n = c.total_count;
                    let l = lang.get_untracked();
                    view! {
                        <p class="result-count">
                            {t_string!(i18n, requests_count, count = n, n = format_int(n, l))
                                .to_string()}
                        </p>
                        {if c.requests.is_empty() {
                            view! { <p>{t_string!(i18n, requests_empty)}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="comment-list">
                                    {c
                                        .requests
                                        .into_iter()
                                        .map(|r| {
                                            view! {
                                                <li>
                                                    <article class="comment">
                                                        <h3 class="request-title">
                                                            {reason_label(i18n, r.reason)} " "
                                                            <span class=format!(
                                                                "status status-{}",
                                                                r.status.as_str().to_lowercase(),
                                                            )>{request_status_label(i18n, r.status)}</span>
                                                        </h3>
                                                        <p class="comment-meta">
                                                            <strong>{r.author.name}</strong>
                                                            " · "
                                                            {date_view(&r.created_date, l)}
                                                        </p>
                                                        <p class="comment-text">{r.text}</p>
                                                        {r
                                                            .answer
                                                            .and_then(|a| owned(a.pick(l)))
                                                            .map(|v| {
                                                                view! {
                                                                    <p class="answer-label">{t_string!(i18n, agency_answer)}</p>
                                                                    <blockquote class="answer">
                                                                        <Tr value=Some(v) />
                                                                    </blockquote>
                                                                }
                                                            })}
                                                        <details>
                                                            <summary>{t_string!(i18n, status_history)}</summary>
                                                            <ol class="timeline">
                                                                {r
                                                                    .history
                                                                    .iter()
                                                                    .map(|h| {
                                                                        view! {
                                                                            <li>
                                                                                {request_status_label(i18n, h.status)} " — "
                                                                                {date_view(&h.date, l)}
                                                                            </li>
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                            </ol>
                                                        </details>
                                                    </article>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            }
                                .into_any()
                        }}
                        <Pagination page=page.get_untracked() pages=pages href=href />
                    }
                }
            </Remote>
        </section>
    }
}

#[component]
fn RequestForm(
    /// The dataset's apiUri.
    uri: String,
    /// After the request was accepted.
    on_sent: impl Fn() + Clone + Send + Sync + 'static,
    /// Set when a send answered 401 (the session ended).
    expired: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let text = use_draft(format!("request.{uri}.text"));
    let reason = use_draft(format!("request.{uri}.reason"));
    let uri = StoredValue::new(uri);
    let required_reason = move || FormError {
        field: REASON,
        message: t_string!(i18n, reason_required).to_string(),
    };
    let required: Required = |i| t_string!(i, request_text_required).to_string();
    let form = FormSend::new(
        move |(r, value): &(UpdateReason, String)| {
            let (r, sent) = (*r, value.trim().to_string());
            async move { api::account::add_request(&uri.get_value(), r, &sent).await }
        },
        move |_| {
            text.set(String::new());
            reason.set(String::new());
            on_sent();
        },
        move |(_, value), f| {
            server_errors(f, |field, code| match field {
                "reason" => Some(required_reason()),
                "text" => Some(text_error(i18n, TEXT, code, value, required)),
                _ => None,
            })
        },
        move || session.ended(expired),
    );
    let errors = form.errors;
    let submit = move || {
        let value = text.get_untracked();
        let r = UpdateReason::parse(&reason.get_untracked());
        let errs: Vec<FormError> = r
            .is_none()
            .then(required_reason)
            .into_iter()
            .chain(validate_text(i18n, TEXT, &value, required))
            .collect();
        // Shown even when no reason was chosen (then nothing is sent).
        form.submit(errs, r.map(|r| (r, value)));
    };
    let reason_invalid = move || errors.with(|e| e.iter().any(|x| x.field == REASON));
    view! {
        <form
            class="stacked-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <ErrorSummary errors=errors attempt=form.attempt />
            <div class="field" class:field-invalid=reason_invalid>
                <fieldset aria-describedby=move || {
                    reason_invalid().then_some("request-reason-OUTDATED-error")
                }>
                    <legend>{t_string!(i18n, reason_legend)}</legend>
                    <FieldError field=REASON errors=errors />
                    {UpdateReason::ALL
                        .into_iter()
                        .map(|r| {
                            let id = format!("request-reason-{}", r.as_str());
                            view! {
                                <div class="choice">
                                    <input
                                        type="radio"
                                        id=id.clone()
                                        name="reason"
                                        value=r.as_str()
                                        prop:checked=move || reason.get() == r.as_str()
                                        on:change=move |_| reason.set(r.as_str().to_string())
                                    />
                                    <label for=id>{reason_label(i18n, r)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
            </div>
            <TextField
                id=TEXT
                label=t_string!(i18n, request_text_label).to_string()
                hint=t_string!(i18n, request_text_hint).to_string()
                value=text
                errors=errors
                rows=4
            />
            <SubmitRow
                label=t_string!(i18n, request_send).to_string()
                busy=form.sending()
                error=form.failed
                on_retry=move |_| submit()
            />
        </form>
    }
}
