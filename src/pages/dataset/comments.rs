//! The Comments tab: the discussion of a dataset, newest first, paged by `cpage`; signed-in
//! citizens write (GOV.UK validation, draft kept) and delete their own.

use crate::api::{self, ApiError};
use crate::components::draft::use_draft;
use crate::components::form::{server_errors, text_error, validate_text, Required};
use crate::components::{ErrorSummary, FormSend, Pagination, Remote, SignInGate};
use crate::components::{SubmitRow, TextField};
use crate::i18n::*;
use crate::l10n::{date_view, error_message, use_lang};
use crate::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use opendata_core::format::format_int;
use opendata_core::url::page_count;
use opendata_core::wire::DatasetDetail;

const PAGE_SIZE: u32 = 20;
const FIELD: &str = "comment-text";

#[component]
pub fn CommentsTab(
    /// The dataset.
    d: DatasetDetail,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let session = use_session();
    let announcer = crate::components::use_announcer();
    let uri = d.summary.api_uri.clone();
    let (page, href) = crate::components::pagination::use_page_param("cpage");
    let list = {
        let uri = uri.clone();
        LocalResource::new(move || {
            let (uri, p) = (uri.clone(), page.get());
            // The session decides which comments are "own" (deletable).
            session.viewer();
            async move { api::account::comments(&uri, p, PAGE_SIZE).await }
        })
    };
    let expired = RwSignal::new(false);
    let delete_error = RwSignal::new(None::<ApiError>);
    let delete = move |id: u64| {
        leptos::task::spawn_local(async move {
            match api::account::delete_comment(id).await {
                Ok(()) => {
                    delete_error.set(None);
                    announcer.announce(t_string!(i18n, comment_deleted).to_string());
                    list.refetch();
                }
                Err(ApiError::Unauthorized) => {
                    session.ended(expired);
                }
                Err(e) => delete_error.set(Some(e)),
            }
        });
    };
    let on_sent = {
        let navigate = use_navigate();
        move || {
            announcer.announce(t_string!(i18n, comment_sent).to_string());
            if page.get_untracked() > 1 {
                navigate(&href.run(1), crate::pages::nav(false, true));
            } else {
                list.refetch();
            }
        }
    };

    view! {
        <section class="discussion" aria-labelledby="comments-heading">
            <h2 id="comments-heading">{t_string!(i18n, tab_comments)}</h2>
            <SignInGate message=t_string!(i18n, comment_sign_in).to_string() expired=expired>
                <CommentForm uri=uri.clone() on_sent=on_sent.clone() expired=expired />
            </SignInGate>
            {move || {
                delete_error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="notice notice-error" role="alert">
                                {error_message(i18n, &e)}
                            </p>
                        }
                    })
            }}
            <Remote resource=list let:c>
                {
                    let pages = page_count(c.total_count, PAGE_SIZE);
                    let n = c.total_count;
                    view! {
                        <p class="result-count">
                            {move || {
                                t_string!(
                                    i18n,
                                    comments_count,
                                    count = n,
                                    n = format_int(n, lang.get())
                                )
                                    .to_string()
                            }}
                        </p>
                        {if c.comments.is_empty() {
                            view! { <p>{t_string!(i18n, comments_empty)}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="comment-list">
                                    {c
                                        .comments
                                        .into_iter()
                                        .map(|cm| {
                                            let id = cm.id;
                                            view! {
                                                <li>
                                                    <article class="comment">
                                                        <p class="comment-meta">
                                                            <strong>{cm.author.name}</strong>
                                                            " · "
                                                            {date_view(&cm.created_date, lang.get_untracked())}
                                                        </p>
                                                        <p class="comment-text">{cm.text}</p>
                                                        {cm
                                                            .own
                                                            .then(|| {
                                                                view! {
                                                                    <button
                                                                        type="button"
                                                                        class="link-button"
                                                                        on:click=move |_| delete(id)
                                                                    >
                                                                        {t_string!(i18n, comment_delete)}
                                                                    </button>
                                                                }
                                                            })}
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

/// The comment form of a signed-in citizen.
#[component]
fn CommentForm(
    /// The dataset's apiUri.
    uri: String,
    /// After a comment was accepted.
    on_sent: impl Fn() + Clone + Send + Sync + 'static,
    /// Set when a send answered 401 (the session ended).
    expired: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let text = use_draft(format!("comment.{uri}"));
    let uri = StoredValue::new(uri);
    let required: Required = |i| t_string!(i, comment_required).to_string();
    let form = FormSend::new(
        move |value: &String| {
            let sent = value.trim().to_string();
            async move { api::account::add_comment(&uri.get_value(), &sent).await }
        },
        move |_| {
            text.set(String::new());
            on_sent();
        },
        move |value, f| {
            server_errors(f, |field, code| {
                (field == "text").then(|| text_error(i18n, FIELD, code, value, required))
            })
        },
        move || session.ended(expired),
    );
    let submit = move || {
        let value = text.get_untracked();
        let errors = validate_text(i18n, FIELD, &value, required);
        form.submit(errors.into_iter().collect(), Some(value));
    };
    view! {
        <form
            class="stacked-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <ErrorSummary errors=form.errors attempt=form.attempt />
            <TextField
                id=FIELD
                label=t_string!(i18n, comment_label).to_string()
                hint=t_string!(i18n, comment_hint).to_string()
                value=text
                errors=form.errors
                rows=4
            />
            <SubmitRow
                label=t_string!(i18n, comment_send).to_string()
                busy=form.sending()
                error=form.failed
                on_retry=move |_| submit()
            />
        </form>
    }
}
